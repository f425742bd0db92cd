"""Reference values of the losses, computed with PyTorch in float64.

Regenerate (from the repository root) with:

    /usr/bin/python3 tests/reference/make_reference_losses.py

It writes tests/Nabla.Tests/reference/losses.json: for every loss and every reduction ("mean", "sum",
"none"), the inputs, the forward value and the gradient with respect to every differentiable input. With
"none" the value is the unreduced loss and the gradients are those of sum(upstream * value), for the
recorded weights "upstream". Deterministic: all inputs come from torch.manual_seed(0), the upstream
weights from a generator of their own (so adding them changed none of the other numbers). Read by
tests/Nabla.Tests/Losses.
"""
import torch
import torch.nn.functional as F

from reference_json import matrix, write

torch.manual_seed(0)
f64 = torch.float64


def randn(*shape, scale=1.0):
    return torch.randn(*shape, dtype=f64) * scale


def off_zero(x, margin=1e-3):
    """Moves entries with |x| < margin away from 0 (losses with kinks at x = 0 stay differentiable)."""
    return torch.where(x.abs() < margin, torch.full_like(x, 0.1), x)


def labels(n, classes):
    return torch.randint(0, classes, (n,))


cases = []
upstream_weights = torch.Generator().manual_seed(1)


def case(name, loss, fn, inputs, labels=None, delta=None, differentiable=None):
    """Runs fn(reduction, **inputs) for every reduction and records value and gradients."""
    differentiable = differentiable or list(inputs)
    for reduction in ("mean", "sum", "none"):
        leaves = {k: v.clone().requires_grad_(k in differentiable) for k, v in inputs.items()}
        value = fn(reduction, **leaves)
        upstream = None
        if reduction == "none":  # the gradient of sum(upstream * value), upstream in [0.5, 1.5)
            upstream = 0.5 + torch.rand(value.shape, generator=upstream_weights, dtype=f64)
        value.backward(upstream)
        entry = {
            "name": f"{name}_{reduction}",
            "loss": loss,
            "reduction": reduction,
            "inputs": {k: matrix(v) for k, v in inputs.items()},
            "value": matrix(value) if reduction == "none" else float(value),
            "grads": {k: matrix(leaves[k].grad) for k in differentiable},
        }
        if upstream is not None:
            entry["upstream"] = matrix(upstream)
        if labels is not None:
            entry["labels"] = [int(v) for v in labels]
        if delta is not None:
            entry["delta"] = delta
        cases.append(entry)


# Regression: predictions and targets (5, 3); differences kept away from the kink of |e| at 0.
pred = randn(5, 3)
target = pred + off_zero(randn(5, 3))
case("mse", "MseLoss", lambda r, pred, target: F.mse_loss(pred, target, reduction=r),
     {"pred": pred, "target": target})
case("mae", "L1Loss", lambda r, pred, target: F.l1_loss(pred, target, reduction=r),
     {"pred": pred, "target": target})

# Huber: a few outliers so that both branches (|e| < delta and |e| >= delta) are hit, away from |e| = delta.
pred = randn(6, 2)
errors = randn(6, 2, scale=0.6)
errors[0, 0], errors[2, 1], errors[4, 0], errors[5, 1] = 6.0, -4.5, 2.25, -1.75
target = pred - errors
for delta in (1.0, 0.5):
    e = (pred - target).abs()
    assert (e < delta).any() and (e >= delta).any(), "both Huber branches must be hit"
    assert ((e - delta).abs() > 1e-3).all(), "keep |e| off the switch point delta"
    case(f"huber_delta{delta}", "HuberLoss",
         lambda r, pred, target, d=delta: F.huber_loss(pred, target, reduction=r, delta=d),
         {"pred": pred, "target": target}, delta=delta)

# Binary: probabilities in (0.05, 0.95), hard 0/1 targets and soft targets in (0, 1).
probabilities = 0.05 + 0.9 * torch.rand(6, 2, dtype=f64)
hard = torch.randint(0, 2, (6, 2)).to(f64)
soft = torch.rand(6, 2, dtype=f64)
for kind, t in (("hard", hard), ("soft", soft)):
    case(f"bce_{kind}", "BinaryCrossEntropy",
         lambda r, probabilities, target: F.binary_cross_entropy(probabilities, target, reduction=r),
         {"probabilities": probabilities, "target": t})

logits = randn(6, 2, scale=3.0)
for kind, t in (("hard", hard), ("soft", soft)):
    case(f"bce_logits_{kind}", "BinaryCrossEntropyWithLogits",
         lambda r, logits, target: F.binary_cross_entropy_with_logits(logits, target, reduction=r),
         {"logits": logits, "target": t})

# Multiclass: logits (6, 4), integer labels, one-hot targets and soft probability targets.
logits = randn(6, 4, scale=2.0)
y = labels(6, 4)
case("ce_labels", "CrossEntropy", lambda r, logits: F.cross_entropy(logits, y, reduction=r),
     {"logits": logits}, labels=y)
one_hot = F.one_hot(y, 4).to(f64)
case("ce_onehot", "CrossEntropyTargets",
     lambda r, logits, target: F.cross_entropy(logits, target, reduction=r),
     {"logits": logits, "target": one_hot})
probability_targets = torch.softmax(randn(6, 4), dim=1)
case("ce_soft", "CrossEntropyTargets",
     lambda r, logits, target: F.cross_entropy(logits, target, reduction=r),
     {"logits": logits, "target": probability_targets})

# Extreme logits: +-1000 (a naive exp overflows) and a row of equal logits (loss ln 4 there).
extreme = torch.tensor([[1000.0, -1000.0, 0.0, 3.0],
                        [-1000.0, 1000.0, 2.0, 1.0],
                        [0.5, 0.5, 0.5, 0.5],
                        [1000.0, 1000.0, -1000.0, 0.0]], dtype=f64)
y_extreme = torch.tensor([1, 1, 2, 0])
case("ce_extreme_labels", "CrossEntropy", lambda r, logits: F.cross_entropy(logits, y_extreme, reduction=r),
     {"logits": extreme}, labels=y_extreme)
case("ce_extreme_soft", "CrossEntropyTargets",
     lambda r, logits, target: F.cross_entropy(logits, target, reduction=r),
     {"logits": extreme, "target": torch.softmax(torch.tensor([[0.0, 1.0, 2.0, 0.5]] * 4, dtype=f64), dim=1)})

log_probabilities = torch.log_softmax(randn(6, 4, scale=2.0), dim=1)
y = labels(6, 4)
case("nll", "NllLoss", lambda r, logProbabilities: F.nll_loss(logProbabilities, y, reduction=r),
     {"logProbabilities": log_probabilities}, labels=y)


# Gaussian NLL with predicted variance: var = exp(logVariance), full=False, eps=1e-6 (PyTorch's defaults).
def gaussian_nll(r, mean, logVariance, target):
    return F.gaussian_nll_loss(mean, target, logVariance.exp(), full=False, eps=1e-6, reduction=r)


mean = randn(5, 3)
target = randn(5, 3)
case("gaussian_nll", "GaussianNllLoss", gaussian_nll,
     {"mean": mean, "logVariance": randn(5, 3, scale=0.5), "target": target})
case("gaussian_nll_shared_variance", "GaussianNllLoss", gaussian_nll,
     {"mean": mean, "logVariance": randn(5, 1, scale=0.5), "target": target})
# Variances below eps = 1e-6 are clamped (PyTorch clamps a copy under no_grad, so the gradient
# passes straight through the clamp). This case pins that behaviour; it is not a smooth function there.
clamped = randn(5, 3, scale=0.5)
clamped[0, 0], clamped[3, 2] = -16.0, -20.0
case("gaussian_nll_clamped", "GaussianNllLoss", gaussian_nll,
     {"mean": mean, "logVariance": clamped, "target": target})

write("losses.json", "make_reference_losses.py", cases)
