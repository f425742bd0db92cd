"""Reference values of the Tensor operations, computed with PyTorch in float64.

Regenerate (from the repository root) with:

    /usr/bin/python3 tests/reference/make_reference_ops.py

It writes tests/Nabla.Tests/reference/ops.json: for each operation its inputs, the output, a fixed
random weight W of the output's shape, and the gradients of sum(out * W) with respect to every
input (so broadcast operands must be un-broadcast correctly). Reductions use keepdim=True, as the
engine's Sum(dim) and Mean(dim) do. Deterministic: torch.manual_seed(2).
Read by tests/Nabla.Tests/Autograd/OpsReferenceTests.cs.

Inputs avoid the points where an operation has no derivative: |x| > 1e-3 for Abs, positive
inputs for Log, Sqrt and fractional powers, denominators away from 0. The clamps are the exception:
the *_ties cases put entries exactly on the bounds, where PyTorch's clamp passes the gradient through
(1 where min <= x <= max, ties included) and so must the engine's ClampMin, ClampMax and Clamp.
"""
import torch

from reference_json import matrix, write

torch.manual_seed(2)
f64 = torch.float64


def randn(*shape):
    return torch.randn(*shape, dtype=f64)


def positive(*shape):
    return 0.2 + torch.rand(*shape, dtype=f64) * 2.5


def away_from_zero(*shape):
    x = randn(*shape)
    return torch.sign(x) * (0.5 + x.abs())


cases = []


def case(name, op, fn, inputs, parameter=None, condition=None, shape=None):
    leaves = {k: v.clone().requires_grad_(True) for k, v in inputs.items()}
    out = fn(**leaves)
    W = randn(*out.shape)
    (out * W).sum().backward()
    entry = {"name": name, "op": op, "inputs": {k: matrix(v) for k, v in inputs.items()},
             "W": matrix(W), "value": matrix(out), "grads": {k: matrix(v.grad) for k, v in leaves.items()}}
    if parameter is not None:
        entry["parameter"] = parameter
    if condition is not None:
        entry["condition"] = matrix(condition)
    if shape is not None:
        entry["shape"] = list(shape)
    cases.append(entry)


case("matmul", "MatMul", lambda a, b: a @ b, {"a": randn(4, 3), "b": randn(3, 5)})
case("transpose", "Transpose", lambda a: a.t(), {"a": randn(4, 3)})
case("reshape_2x6", "Reshape", lambda a: a.reshape(2, 6), {"a": randn(4, 3)}, shape=(2, 6))
case("reshape_12x1", "Reshape", lambda a: a.reshape(12, 1), {"a": randn(3, 4)}, shape=(12, 1))

# Binary elementwise operators, with every kind of broadcasting the engine supports.
operand_shapes = {"same": (4, 3), "row": (1, 3), "column": (4, 1), "scalar": (1, 1)}
binary = {"Add": lambda a, b: a + b, "Subtract": lambda a, b: a - b,
          "Multiply": lambda a, b: a * b, "Divide": lambda a, b: a / b}
for op, fn in binary.items():
    for kind, b_shape in operand_shapes.items():
        b = away_from_zero(*b_shape) if op == "Divide" else randn(*b_shape)
        case(f"{op.lower()}_{kind}", op, fn, {"a": randn(4, 3), "b": b})
    # Both operands broadcast: a (1, 3) row against a (4, 1) column gives (4, 3).
    b = away_from_zero(4, 1) if op == "Divide" else randn(4, 1)
    case(f"{op.lower()}_outer", op, fn, {"a": randn(1, 3), "b": b})
    # The broadcast operand on the left.
    case(f"{op.lower()}_row_left", op, fn, {"a": randn(1, 3), "b": away_from_zero(4, 3)})

case("negate", "Negate", lambda a: -a, {"a": randn(4, 3)})
case("add_constant", "AddConstant", lambda a: a + 2.5, {"a": randn(4, 3)}, parameter=2.5)
case("multiply_constant", "MultiplyConstant", lambda a: a * -1.5, {"a": randn(4, 3)}, parameter=-1.5)
case("divide_constant", "DivideConstant", lambda a: a / 4.0, {"a": randn(4, 3)}, parameter=4.0)
case("constant_minus", "ConstantMinus", lambda a: 2.0 - a, {"a": randn(4, 3)}, parameter=2.0)

for p in (2.0, 3.0, -1.0):
    case(f"pow_{p}", "Pow", lambda a, p=p: a.pow(p), {"a": away_from_zero(4, 3)}, parameter=p)
for p in (0.5, -1.5, 1.7):
    case(f"pow_{p}", "Pow", lambda a, p=p: a.pow(p), {"a": positive(4, 3)}, parameter=p)
case("sqrt", "Sqrt", torch.sqrt, {"a": positive(4, 3)})
case("exp", "Exp", torch.exp, {"a": randn(4, 3) * 2})
case("log", "Log", torch.log, {"a": positive(4, 3)})
case("abs", "Abs", torch.abs, {"a": away_from_zero(4, 3)})

a = randn(4, 3)
a = torch.where((a - 0.3).abs() < 1e-3, a + 0.1, a)
case("clamp_min_0.3", "ClampMin", lambda a: torch.clamp(a, min=0.3), {"a": a}, parameter=0.3)
a = randn(4, 3)
a = torch.where((a + 0.2).abs() < 1e-3, a + 0.1, a)
case("clamp_max_-0.2", "ClampMax", lambda a: torch.clamp(a, max=-0.2), {"a": a}, parameter=-0.2)

condition = (torch.rand(4, 3) > 0.5).to(f64)
case("where", "Where", lambda a, b: torch.where(condition > 0, a, b), {"a": randn(4, 3), "b": randn(4, 3)},
     condition=condition)

case("sum", "Sum", lambda a: a.sum().reshape(1, 1), {"a": randn(4, 3)})
case("sum_dim0", "Sum", lambda a: a.sum(0, keepdim=True), {"a": randn(4, 3)}, parameter=0)
case("sum_dim1", "Sum", lambda a: a.sum(1, keepdim=True), {"a": randn(4, 3)}, parameter=1)
case("mean", "Mean", lambda a: a.mean().reshape(1, 1), {"a": randn(4, 3)})
case("mean_dim0", "Mean", lambda a: a.mean(0, keepdim=True), {"a": randn(4, 3)}, parameter=0)
case("mean_dim1", "Mean", lambda a: a.mean(1, keepdim=True), {"a": randn(4, 3)}, parameter=1)

# A small composite: a two-layer network's forward pass x W1 + b1 -> tanh -> W2 + b2.
case("mlp", "Mlp", lambda x, W1, b1, W2, b2: torch.tanh(x @ W1 + b1) @ W2 + b2,
     {"x": randn(5, 3), "W1": randn(3, 4), "b1": randn(1, 4), "W2": randn(4, 2), "b2": randn(1, 2)})

# Clamps with entries exactly on the bounds (added last, so the cases above keep their random draws).
a = randn(4, 3)
a = torch.where(((a - 0.3).abs() < 1e-3) | ((a + 0.2).abs() < 1e-3), a + 0.1, a)
case("clamp_-0.2_0.3", "Clamp", lambda a: torch.clamp(a, min=-0.2, max=0.3), {"a": a}, parameter=[-0.2, 0.3])
ties = randn(4, 3)
ties[0, 0], ties[1, 1], ties[2, 2], ties[3, 0] = 0.3, -0.2, 0.3, -0.2
case("clamp_min_0.3_ties", "ClampMin", lambda a: torch.clamp(a, min=0.3), {"a": ties}, parameter=0.3)
case("clamp_max_-0.2_ties", "ClampMax", lambda a: torch.clamp(a, max=-0.2), {"a": ties}, parameter=-0.2)
case("clamp_-0.2_0.3_ties", "Clamp", lambda a: torch.clamp(a, min=-0.2, max=0.3), {"a": ties}, parameter=[-0.2, 0.3])
case("clamp_0.3_0.3_ties", "Clamp", lambda a: torch.clamp(a, min=0.3, max=0.3), {"a": ties}, parameter=[0.3, 0.3])

write("ops.json", "make_reference_ops.py", cases)
