"""Shared helpers for the make_reference_*.py scripts: tensors to JSON, written with full precision.

Python's json module writes floats with repr(), which round-trips every float64 exactly, so the
C# tests read back the very numbers PyTorch computed.
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "Nabla.Tests", "reference")


def matrix(t):
    """A tensor as a list of rows (a 0-d or 1-d tensor becomes a 1x1 or a single-column matrix)."""
    t = t.detach().to(torch.float64)
    if t.dim() == 0:
        t = t.reshape(1, 1)
    elif t.dim() == 1:
        t = t.reshape(-1, 1)
    assert t.dim() == 2, f"expected a matrix, got shape {tuple(t.shape)}"
    assert torch.isfinite(t).all(), "reference values must be finite"
    return [[float(v) for v in row] for row in t.tolist()]


def write(name, generator, cases):
    """Writes tests/Nabla.Tests/reference/<name> with a header naming the generator and the torch version."""
    payload = {
        "generator": f"tests/reference/{generator} (run with /usr/bin/python3)",
        "torch": torch.__version__,
        "dtype": "float64",
        "cases": cases,
    }
    path = os.path.normpath(os.path.join(OUTPUT, name))
    header = json.dumps({k: v for k, v in payload.items() if k != "cases"})[:-1]
    body = ",\n".join("  " + json.dumps(c) for c in cases)  # one case per line: readable diffs
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'{header}, "cases": [\n{body}\n]}}\n')
    print(f"wrote {len(cases)} cases to {path}")
