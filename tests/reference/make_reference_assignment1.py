"""Reference values for the public tests of notebooks/assignments/01-losses-and-backprop.ipynb, computed with
PyTorch in float64.

Run (from the repository root) with:

    /usr/bin/python3 tests/reference/make_reference_assignment1.py

It prints, as C# literals ready to paste into the notebook's public test cells (nothing is written to disk):

- q1: binary cross-entropy from a logit, torch.nn.functional.binary_cross_entropy_with_logits, at 3 points;
- q2: cross-entropy from logits, torch.nn.functional.cross_entropy with a class index, for 2 logit vectors;
- q3: dL/du of q1's loss by torch.autograd, at 2 points;
- q4: the gradients dW1, db1, dW2, db2 of the mean squared error of the two-layer network
  h = tanh(x W1 + b1), yhat = h W2 + b2 (rows are examples), by torch.autograd, on hand-picked numbers.

The inputs are written out below (no random numbers), so the notebook can repeat them literally.
Floats are printed with repr(), which round-trips every float64 exactly.
"""
import torch
import torch.nn.functional as F

f64 = torch.float64


def t(values, grad=False):
    return torch.tensor(values, dtype=f64, requires_grad=grad)


def cs(v):
    """A float as a C# double literal (repr round-trips; C# reads 1e-05 and 2.0 alike)."""
    return repr(float(v))


def matrix(m):
    rows = ", ".join("{ " + ", ".join(cs(v) for v in row) + " }" for row in m.tolist())
    return "new double[,] { " + rows + " }"


print("// q1: BinaryCrossEntropyFromLogit(u, d)")
for u, d in [(2.0, 0.0), (-1.5, 1.0), (0.3, 1.0)]:
    value = F.binary_cross_entropy_with_logits(t(u), t(d))
    print(f"//   u = {u}, d = {d}: {cs(value)}")

print("// q2: CrossEntropyFromLogits(u, k)")
for u, k in [([2.0, 1.0, 0.1], 0), ([-1.0, 3.0, 0.5, 2.0], 2)]:
    value = F.cross_entropy(t([u]), torch.tensor([k]))
    print(f"//   u = {u}, k = {k}: {cs(value)}")

print("// q3: BceGradient(u, d) = dL/du")
for u, d in [(0.5, 1.0), (-2.0, 0.0)]:
    logit = t(u, grad=True)
    F.binary_cross_entropy_with_logits(logit, t(d)).backward()
    print(f"//   u = {u}, d = {d}: {cs(logit.grad)}")

print("// q4: TwoLayerGradients, N = 3 examples, D = 2 inputs, H = 3 hidden units, K = 2 outputs")
x = t([[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0]])
y = t([[1.0, 0.0], [-0.5, 0.5], [0.25, -1.0]])
W1 = t([[0.2, -0.4, 0.3], [0.7, 0.1, -0.5]], grad=True)
b1 = t([[0.05, -0.1, 0.2]], grad=True)
W2 = t([[0.6, -0.2], [-0.3, 0.4], [0.8, 0.1]], grad=True)
b2 = t([[0.2, -0.1]], grad=True)
h = torch.tanh(x @ W1 + b1)
yhat = h @ W2 + b2
loss = F.mse_loss(yhat, y)          # mean over all N * K entries
loss.backward()
print(f"//   loss = {cs(loss)}")
for name, p in [("dW1", W1), ("db1", b1), ("dW2", W2), ("db2", b2)]:
    print(f"var {name}Torch = {matrix(p.grad)};")
