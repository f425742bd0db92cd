"""Executes notebooks in the real .NET Interactive C# kernel through Jupyter's own client (nbclient).

Usage: python3 execute.py OUT_DIR NOTEBOOK...

Each notebook runs in a fresh kernel (kernelspec ".net-csharp", found on JUPYTER_PATH) with its own folder as the
working directory, as Jupyter starts it; cells that fail do not stop the run. The executed copy goes to OUT_DIR under
the same name, and OUT_DIR/seconds.tsv gets one line per notebook: "name<TAB>seconds<TAB>error outputs" (not stdout,
which the kernels the client starts write their own logs to).
"""
import os
import sys
import time

import nbformat
from nbclient import NotebookClient


def main(out_dir, paths):
    os.makedirs(out_dir, exist_ok=True)
    lines = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb, kernel_name=".net-csharp", timeout=600, startup_timeout=120, allow_errors=True,
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        start = time.monotonic()
        client.execute()
        seconds = time.monotonic() - start
        errors = sum(1 for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error")
        nbformat.write(nb, os.path.join(out_dir, os.path.basename(path)))
        lines.append(f"{os.path.basename(path)}\t{seconds:.1f}\t{errors}\n")
    with open(os.path.join(out_dir, "seconds.tsv"), "w", encoding="utf-8") as f:
        f.writelines(lines)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
