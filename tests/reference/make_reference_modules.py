"""Reference values for the Nabla modules (tests/Nabla.Tests/Modules/ModuleReferenceTests.cs).

Regenerate with:  /usr/bin/python3 tests/reference/make_reference_modules.py
(Debian's python3-torch; deterministic: torch.manual_seed(0), float64 throughout.)

Every case reduces the module output y to the scalar sum(y * G) with a fixed random G, so the gradients
dx, dW, db are G pulled back through the module. Layouts follow Nabla: W is (in, out) and y = x W + b.
Writes tests/Nabla.Tests/reference/modules.json, one named case per line: "linear", "maxout", "mlp",
and one per activation module (e.g. "Elu(0.7)").
"""
import torch
import torch.nn.functional as F

from reference_json import matrix, write

torch.manual_seed(0)
D = torch.float64


def leaf(*shape):
    return torch.randn(*shape, dtype=D).requires_grad_(True)


def linear_case():
    x, W, b = leaf(4, 3), leaf(3, 5), leaf(1, 5)
    G = torch.randn(4, 5, dtype=D)
    y = x @ W + b
    (y * G).sum().backward()
    return {"name": "linear", "x": matrix(x), "W": matrix(W), "b": matrix(b), "G": matrix(G),
            "y": matrix(y), "dx": matrix(x.grad), "dW": matrix(W.grad), "db": matrix(b.grad)}


def maxout_case(pieces=3):
    x = leaf(5, 4)
    Ws = [leaf(4, 3) for _ in range(pieces)]
    bs = [leaf(1, 3) for _ in range(pieces)]
    G = torch.randn(5, 3, dtype=D)
    z = torch.stack([x @ W + b for W, b in zip(Ws, bs)])   # (pieces, N, out)
    y = z.max(dim=0).values
    (y * G).sum().backward()
    return {"name": "maxout", "x": matrix(x), "W": [matrix(W) for W in Ws], "b": [matrix(b) for b in bs], "G": matrix(G),
            "y": matrix(y), "dx": matrix(x.grad), "dW": [matrix(W.grad) for W in Ws], "db": [matrix(b.grad) for b in bs]}


def mlp_case():
    """Linear(3->6) -> Tanh -> Linear(6->4) -> LeakyRelu(0.1) -> Linear(4->2)."""
    x = leaf(7, 3)
    params = [leaf(3, 6), leaf(1, 6), leaf(6, 4), leaf(1, 4), leaf(4, 2), leaf(1, 2)]
    W1, b1, W2, b2, W3, b3 = params
    G = torch.randn(7, 2, dtype=D)
    y = F.leaky_relu(torch.tanh(x @ W1 + b1) @ W2 + b2, 0.1) @ W3 + b3
    (y * G).sum().backward()
    return {"name": "mlp", "x": matrix(x), "params": [matrix(p) for p in params], "G": matrix(G),
            "y": matrix(y), "dx": matrix(x.grad), "dparams": [matrix(p.grad) for p in params]}


ACTIVATIONS = {
    "Relu": torch.relu,
    "Tanh": torch.tanh,
    "Sigmoid": torch.sigmoid,
    "LeakyRelu(0.2)": lambda v: F.leaky_relu(v, 0.2),
    "Elu(0.7)": lambda v: F.elu(v, 0.7),
    "Gelu": F.gelu,
    "Silu": F.silu,
    "Softmax": lambda v: torch.softmax(v, dim=1),
    "LogSoftmax": lambda v: torch.log_softmax(v, dim=1),
    "Identity": lambda v: v,
}


def activation_cases():
    cases = []
    for name, f in ACTIVATIONS.items():
        x = leaf(4, 5)
        G = torch.randn(4, 5, dtype=D)
        y = f(x)
        (y * G).sum().backward()
        cases.append({"name": name, "x": matrix(x), "G": matrix(G), "y": matrix(y), "dx": matrix(x.grad)})
    return cases


write("modules.json", "make_reference_modules.py",
      [linear_case(), maxout_case(), mlp_case()] + activation_cases())
