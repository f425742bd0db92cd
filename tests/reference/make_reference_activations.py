"""Reference values of the activation functions, computed with PyTorch in float64.

Regenerate (from the repository root) with:

    /usr/bin/python3 tests/reference/make_reference_activations.py

It writes tests/Nabla.Tests/reference/activations.json: for each activation the input x (6, 5),
the output f(x), a fixed random weight W of the same shape, and the gradient of sum(f(x) * W)
with respect to x (a random W makes the backward pass non-trivial: for softmax the plain sum would
give a zero gradient). Deterministic: torch.manual_seed(1). Read by tests/Nabla.Tests/Activations.

Inputs stay off the kinks (|x| > 1e-3) and below 20, where PyTorch's softplus switches to the
identity (its threshold=20 shortcut) while the engine keeps computing ln(1 + e^x).
"""
import torch
import torch.nn.functional as F

from reference_json import matrix, write

torch.manual_seed(1)
f64 = torch.float64

x = torch.randn(6, 5, dtype=f64) * 3
x[5] = torch.tensor([-15.0, -7.5, 0.25, 7.5, 15.0], dtype=f64)  # one row of saturated inputs
x = torch.where(x.abs() < 1e-3, torch.full_like(x, 0.5), x)
assert (x.abs() > 1e-3).all() and (x < 20).all()
W = torch.randn(6, 5, dtype=f64)

activations = [
    ("sigmoid", "Sigmoid", None, torch.sigmoid),
    ("tanh", "Tanh", None, torch.tanh),
    ("relu", "Relu", None, F.relu),
    ("leaky_relu_0.01", "LeakyRelu", 0.01, lambda v: F.leaky_relu(v, 0.01)),
    ("leaky_relu_0.2", "LeakyRelu", 0.2, lambda v: F.leaky_relu(v, 0.2)),
    ("elu_1.0", "Elu", 1.0, lambda v: F.elu(v, 1.0)),
    ("elu_0.5", "Elu", 0.5, lambda v: F.elu(v, 0.5)),
    ("gelu", "Gelu", None, lambda v: F.gelu(v, approximate="none")),
    ("silu", "Silu", None, F.silu),
    ("softplus", "Softplus", None, F.softplus),
    ("softmax", "Softmax", None, lambda v: torch.softmax(v, dim=1)),
    ("log_softmax", "LogSoftmax", None, lambda v: torch.log_softmax(v, dim=1)),
]

cases = []
for name, method, parameter, f in activations:
    leaf = x.clone().requires_grad_(True)
    out = f(leaf)
    (out * W).sum().backward()
    entry = {"name": name, "activation": method, "x": matrix(x), "W": matrix(W),
             "value": matrix(out), "grad": matrix(leaf.grad)}
    if parameter is not None:
        entry["parameter"] = parameter
    cases.append(entry)

write("activations.json", "make_reference_activations.py", cases)
