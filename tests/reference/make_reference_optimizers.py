"""Reference trajectories of torch.optim optimizers for Nabla's optimizer tests.

Regenerate (from the repository root) with Debian's PyTorch:

    /usr/bin/python3 tests/reference/make_reference_optimizers.py

It writes tests/Nabla.Tests/reference/optimizers.json. Everything is float64 and seeded, so the
output is the same on every run.

The network is the one the C# test rebuilds with Tensor ops:

    h    = tanh(x W1 + b1)        x (8, 3), W1 (3, 4), b1 (1, 4)
    pred = h W2 + b2              W2 (4, 2), b2 (1, 2)
    loss = mean((pred - target)^2)

W is stored (in, out) as in Nabla's Linear (forward x W + b), i.e. nn.Linear's weight transposed.
For every optimizer configuration we take STEPS steps (zero_grad, loss, backward, step) from the
same initial values and record the loss at every step, the parameters after the steps listed in
RECORDED_STEPS and the optimizer state after the last step.
"""

import json
import os

import torch

torch.set_default_dtype(torch.float64)

STEPS = 50
RECORDED_STEPS = [1, 2, 3, 5, 10, 25, 50]
NAMES = ["W1", "b1", "W2", "b2"]

# (name, torch optimizer class, keyword arguments given explicitly; everything else is torch's default)
CONFIGS = [
    ("sgd_plain", torch.optim.SGD, dict(lr=0.1)),
    ("sgd_momentum", torch.optim.SGD, dict(lr=0.05, momentum=0.9)),
    ("sgd_momentum_dampening", torch.optim.SGD, dict(lr=0.05, momentum=0.9, dampening=0.1)),
    ("sgd_nesterov", torch.optim.SGD, dict(lr=0.05, momentum=0.9, nesterov=True)),
    ("sgd_weight_decay", torch.optim.SGD, dict(lr=0.1, weight_decay=0.01)),
    ("adagrad_default", torch.optim.Adagrad, dict()),
    ("adagrad_decay", torch.optim.Adagrad,
     dict(lr=0.1, lr_decay=0.01, weight_decay=0.05, initial_accumulator_value=0.1)),
    ("adadelta_default", torch.optim.Adadelta, dict()),
    ("adadelta_weight_decay", torch.optim.Adadelta, dict(lr=0.5, rho=0.95, weight_decay=0.01)),
    ("rmsprop_default", torch.optim.RMSprop, dict()),
    ("rmsprop_momentum", torch.optim.RMSprop, dict(lr=0.005, momentum=0.9)),
    ("rmsprop_centered", torch.optim.RMSprop, dict(centered=True)),
    ("rmsprop_centered_momentum_weight_decay", torch.optim.RMSprop,
     dict(lr=0.005, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.01)),
    ("adam_default", torch.optim.Adam, dict()),
    ("adam_weight_decay", torch.optim.Adam, dict(lr=0.01, betas=(0.8, 0.99), weight_decay=0.1)),
    ("adamw_default", torch.optim.AdamW, dict()),
    ("adamw_weight_decay", torch.optim.AdamW, dict(lr=0.01, weight_decay=0.1)),
]

# torch state names for each optimizer (the C# test maps them to Nabla's state arrays)
STATE_KEYS = {
    "SGD": ["momentum_buffer"],
    "Adagrad": ["sum"],
    "Adadelta": ["square_avg", "acc_delta"],
    "RMSprop": ["square_avg", "grad_avg", "momentum_buffer"],
    "Adam": ["exp_avg", "exp_avg_sq"],
    "AdamW": ["exp_avg", "exp_avg_sq"],
}


def matrix(t):
    return [[float(v) for v in row] for row in t.detach().tolist()]


def hyper(group):
    """The param group's hyper-parameters, betas split into beta1/beta2 (Nabla's names)."""
    keys = ["lr", "momentum", "dampening", "nesterov", "weight_decay", "lr_decay",
            "initial_accumulator_value", "eps", "rho", "alpha", "centered"]
    out = {k: group[k] for k in keys if k in group}
    if "betas" in group:
        out["beta1"], out["beta2"] = group["betas"]
    return out


def loss_of(x, target, W1, b1, W2, b2):
    pred = torch.tanh(x @ W1 + b1) @ W2 + b2          # (8, 2)
    return ((pred - target) ** 2).mean()              # (1, 1)


def main():
    torch.manual_seed(20240606)
    x = torch.randn(8, 3)
    target = torch.randn(8, 2)
    initial = {
        "W1": torch.randn(3, 4) * 0.8,
        "b1": torch.randn(1, 4) * 0.1,
        "W2": torch.randn(4, 2) * 0.8,
        "b2": torch.randn(1, 2) * 0.1,
    }

    configs = []
    for name, cls, kwargs in CONFIGS:
        params = [initial[n].clone().requires_grad_(True) for n in NAMES]
        opt = cls(params, foreach=False, **kwargs)  # the plain per-tensor loop (the CPU default)
        losses, recorded = [], []
        for step in range(1, STEPS + 1):
            opt.zero_grad()
            loss = loss_of(x, target, *params)
            loss.backward()
            opt.step()
            losses.append(float(loss))
            if step in RECORDED_STEPS:
                recorded.append({"step": step, **{n: matrix(p) for n, p in zip(NAMES, params)}})
        final_loss = float(loss_of(x, target, *params))
        kind = cls.__name__
        state = {}
        for key in STATE_KEYS[kind]:
            if opt.state[params[0]].get(key) is not None:
                state[key] = {n: matrix(opt.state[p][key]) for n, p in zip(NAMES, params)}
        configs.append({
            "name": name,
            "optimizer": kind,
            "given": {k: (list(v) if isinstance(v, tuple) else v) for k, v in kwargs.items()},
            "hyper": hyper(opt.param_groups[0]),
            "losses": losses,
            "final_loss": final_loss,
            "params": recorded,
            "state": state,
        })

    defaults = {}
    for cls in (torch.optim.SGD, torch.optim.Adagrad, torch.optim.Adadelta, torch.optim.RMSprop,
                torch.optim.Adam, torch.optim.AdamW):
        dummy = [torch.zeros(1, requires_grad=True)]
        opt = cls(dummy, lr=0.1) if cls is torch.optim.SGD else cls(dummy)
        defaults[cls.__name__] = hyper(opt.param_groups[0])

    out = {
        "description": "torch.optim trajectories (float64) on tanh(x W1 + b1) W2 + b2 with MSE; "
                       "made by tests/reference/make_reference_optimizers.py",
        "torch_version": torch.__version__,
        "steps": STEPS,
        "x": matrix(x),
        "target": matrix(target),
        "initial": {n: matrix(initial[n]) for n in NAMES},
        "defaults": defaults,
        "configs": configs,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "..", "Nabla.Tests", "reference", "optimizers.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {len(configs)} configurations to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
