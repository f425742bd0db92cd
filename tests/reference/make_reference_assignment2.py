"""Reference values for the public tests of notebooks/assignments/02-optimizers.ipynb, computed with PyTorch's
torch.optim in float64.

Run (from the repository root) with:

    /usr/bin/python3 tests/reference/make_reference_assignment2.py

It prints, as C# literals ready to paste into the notebook's test cells (nothing is written to disk), for each
question two steps from zero state on the point p0 with the gradients g1, then g2, set by hand (no loss function):
the point and the optimizer's state (torch's momentum_buffer, square_avg, exp_avg, exp_avg_sq) after each step.

- q1: torch.optim.SGD(lr=0.1, momentum=0.9)                      (v = mu v + g; p -= lr v)
- q2: torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=True)       (v = mu v + g; p -= lr (g + mu v))
- q3: torch.optim.RMSprop(lr=0.01, alpha=0.9, eps=1e-3)          (s = alpha s + (1 - alpha) g^2; p -= lr g / (sqrt(s) + eps))
- q4: torch.optim.Adam(lr=0.1, betas=(0.8, 0.99), eps=1e-3)      (with bias correction)

Then, for the hidden tests written as literals, one SGD step with a zero gradient from a given velocity (plain and
Nesterov momentum: the point coasts), and for the record the end of the 50-step paths on lesson 06's elongated
valley f(x, y) = 0.1 x^2 + 2 y^2 from (-9, 3), which the hidden tests take from the engine's optimizers (the engine
itself is checked against torch.optim in tests/Nabla.Tests/Optimizers).

The large eps = 1e-3 of q3 and q4 makes a misplaced eps visible in the public checks. Floats are printed with repr(),
which round-trips every float64 exactly.
"""
import torch

f64 = torch.float64

P0 = [1.0, -2.0]
GRADIENTS = [[2.0, -0.1], [-1.0, 0.3]]

QUESTIONS = [
    ("q1", torch.optim.SGD, dict(lr=0.1, momentum=0.9), ["momentum_buffer"]),
    ("q2", torch.optim.SGD, dict(lr=0.1, momentum=0.9, nesterov=True), ["momentum_buffer"]),
    ("q3", torch.optim.RMSprop, dict(lr=0.01, alpha=0.9, eps=1e-3), ["square_avg"]),
    ("q4", torch.optim.Adam, dict(lr=0.1, betas=(0.8, 0.99), eps=1e-3), ["exp_avg", "exp_avg_sq"]),
]


def cs(v):
    """A float as a C# double literal (repr round-trips; C# reads 1e-05 and 2.0 alike)."""
    return repr(float(v))


def array(t):
    return "[" + ", ".join(cs(v) for v in t.detach().reshape(-1).tolist()) + "]"


def point(values):
    return torch.tensor(values, dtype=f64, requires_grad=True)


def step(opt, p, gradient):
    """One optimizer step with the gradient set by hand, as if a loss had produced it."""
    opt.zero_grad()
    p.grad = torch.tensor(gradient, dtype=f64)
    opt.step()


for name, cls, kwargs, state_keys in QUESTIONS:
    print(f"// {name}: torch.optim.{cls.__name__}({', '.join(f'{k}={v}' for k, v in kwargs.items())}), p0 = {P0}")
    p = point(P0)
    opt = cls([p], foreach=False, **kwargs)
    for t, gradient in enumerate(GRADIENTS, start=1):
        step(opt, p, gradient)
        state = ", ".join(f"{key} = {array(opt.state[p][key])}" for key in state_keys)
        print(f"//   step {t}, g = {gradient}: p = {array(p)}, {state}")

print("// zero gradient from the velocity v = [0.5, -4.0] at p = [1.0, -2.0], lr = 0.1, mu = 0.9 (the point coasts)")
for nesterov in (False, True):
    p = point([1.0, -2.0])
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9, nesterov=nesterov, foreach=False)
    opt.state[p]["momentum_buffer"] = torch.tensor([0.5, -4.0], dtype=f64)
    step(opt, p, [0.0, 0.0])
    print(f"//   nesterov = {nesterov}: p = {array(p)}, v = {array(opt.state[p]['momentum_buffer'])}")

print("// for the record: 50 steps on f(x, y) = 0.1 x^2 + 2 y^2 from (-9, 3), the end point")
VALLEY = [
    ("momentum", torch.optim.SGD, dict(lr=0.05, momentum=0.9)),
    ("nesterov", torch.optim.SGD, dict(lr=0.05, momentum=0.9, nesterov=True)),
    ("rmsprop", torch.optim.RMSprop, dict(lr=0.1)),
    ("adam", torch.optim.Adam, dict(lr=0.2)),
]
for name, cls, kwargs in VALLEY:
    p = point([-9.0, 3.0])
    opt = cls([p], foreach=False, **kwargs)
    for _ in range(50):
        opt.zero_grad()
        (0.1 * p[0] ** 2 + 2 * p[1] ** 2).backward()
        opt.step()
    print(f"//   {name}: {array(p)}")
