#!/usr/bin/python3
"""The notebook place of Nabla's performance comparison (run by `Nabla.Benchmarks compare`).

Writes a notebook whose first cell loads the kit as every lesson does (#r "nuget: Nabla.Interactive, 0.9.0") and
whose second cell trains the comparison's MLP as a learner writes it, then executes it in the real .NET Interactive
C# kernel through Jupyter's own client (nbclient; the kernelspec ".net-csharp" is found on JUPYTER_PATH), with the
notebook's folder as the working directory, as Jupyter starts it. Prints the cell's JSON line (plus "wall_s": the
whole execution, kernel start and package restore included) and nothing else on stdout: the kernel's own log goes to
stderr. Exits non-zero with the error when a cell fails.

  notebook.py --out DIR --warmup 20 --epochs 3

With --lessons NOTEBOOK..., it instead executes each given lesson as a learner opens it (a fresh kernel, the lesson's
folder as the working directory) and prints one JSON line per lesson: {"lesson", "seconds" (kernel start included),
"errors" (error outputs)}; the executed copies go to --out.

  notebook.py --out DIR --lessons notebooks/00-getting-started.ipynb ...
"""
import argparse
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

SETUP = '#r "nuget: Nabla.Interactive, 0.9.0"\n\nusing Nabla;'

# The workload of tests/Nabla.Benchmarks/MlpWorkload.cs, typed into a cell; the same JSON keys as MlpWorkload.Report.
TRAIN = """using System.Diagnostics;
using System.IO;
using System.Globalization;
using System.Runtime;

int warmup = WARMUP, epochs = EPOCHS;              // untimed epochs (the JIT finishes optimizing in them), then timed ones
var (train, test) = FashionMnist.LoadSubset();
var rng = new Random(42);
var model = new Sequential(new Linear(784, 128, rng), new Relu(), new Linear(128, 10, rng));
var optimizer = new Sgd(model.Parameters(), lr: 0.05);

var epochSeconds = new double[warmup + epochs];
long timedStart = 0, allocatedBefore = 0, jitBefore = 0;
var jitTimeBefore = TimeSpan.Zero;
double lastLoss = 0;
for (var epoch = 0; epoch < warmup + epochs; epoch++)
{
    if (epoch == warmup)
    {
        timedStart = Stopwatch.GetTimestamp();
        allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        jitBefore = JitInfo.GetCompiledMethodCount();
        jitTimeBefore = JitInfo.GetCompilationTime();
    }

    var epochStart = Stopwatch.GetTimestamp();
    double lossSum = 0;
    foreach (var batch in train.Batches(64))
    {
        using var step = new TrainingStep();
        optimizer.ZeroGrad();
        var loss = Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!);
        loss.Backward();
        optimizer.Step();
        lossSum += loss.Item() * batch.Count;
    }

    lastLoss = lossSum / train.Count;
    epochSeconds[epoch] = Stopwatch.GetElapsedTime(epochStart).TotalSeconds;
}

var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
var jit = JitInfo.GetCompiledMethodCount() - jitBefore;
var jitTime = JitInfo.GetCompilationTime() - jitTimeBefore;
var seconds = Stopwatch.GetElapsedTime(timedStart).TotalSeconds;
var steps = epochs * ((train.Count + 63) / 64);
var peakKb = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
var rates = string.Join(", ", epochSeconds.Select(s => (train.Count / s).ToString("F0", CultureInfo.InvariantCulture)));
var runtime = string.Join(", ", new[] { ("System.GC.LOHThreshold", "LOH threshold"), ("System.Runtime.TieredPGO", "tiered PGO"),
        ("System.Runtime.TieredCompilation.QuickJitForLoops", "quick JIT for loops") }
    .Where(s => AppContext.GetData(s.Item1) is not null).Select(s => $"{s.Item2} {AppContext.GetData(s.Item1)}")
    .Prepend(GCSettings.IsServerGC ? "server GC" : "workstation GC"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\\"samples_per_s\\": {epochs * train.Count / seconds:F1}, \\"loss\\": {lastLoss:R}, \\"peak_kb\\": {peakKb}, \\"bytes_per_step\\": {(double)allocated / steps:F0}, \\"jit_methods\\": {jit}, \\"jit_ms\\": {jitTime.TotalMilliseconds:F0}, \\"epoch_rates\\": [{rates}], \\"runtime\\": \\"{runtime}\\", \\"engine\\": \\"{typeof(TrainingStep).Assembly.Location}\\"}}"));"""


def notebook(warmup, epochs):
    """The two-cell notebook, with the lessons' kernelspec."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
                   "language_info": {"name": "polyglot-notebook"}}
    train = TRAIN.replace("WARMUP", str(warmup)).replace("EPOCHS", str(epochs))
    nb.cells = [nbformat.v4.new_code_cell(SETUP), nbformat.v4.new_code_cell(train)]
    return nb


def execute(nb, folder):
    """Runs every cell of nb in a fresh kernel with folder as the working directory; returns the wall seconds."""
    client = NotebookClient(nb, kernel_name=".net-csharp", timeout=600, startup_timeout=120, allow_errors=True,
                            resources={"metadata": {"path": os.path.abspath(folder)}})
    start = time.monotonic()
    client.execute()
    return time.monotonic() - start


def lessons(paths, out, result):
    """Times each lesson in its own kernel; one JSON line per lesson."""
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        seconds = execute(nb, os.path.dirname(path))
        errors = sum(1 for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error")
        nbformat.write(nb, os.path.join(out, os.path.basename(path)))
        print(json.dumps({"lesson": os.path.basename(path), "seconds": round(seconds, 1), "errors": errors}),
              file=result, flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, help="folder for the generated and the executed notebook")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lessons", nargs="+", help="time these lessons instead of the MLP cell")
    args = parser.parse_args()
    result = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)                                  # the kernel inherits stdout and logs to it: send that to stderr
    os.makedirs(args.out, exist_ok=True)
    if args.lessons:
        lessons(args.lessons, args.out, result)
        return
    path = os.path.join(args.out, "mlp.ipynb")
    nbformat.write(notebook(args.warmup, args.epochs), path)
    nb = nbformat.read(path, as_version=4)
    wall = execute(nb, args.out)
    nbformat.write(nb, os.path.join(args.out, "mlp.executed.ipynb"))
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    errors = [o for o in outputs if o.get("output_type") == "error"]
    if errors:
        sys.exit(f"notebook.py: a cell failed: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    lines = [line for o in outputs if o.get("output_type") == "stream"
             for line in o.get("text", "").splitlines() if line.startswith("{")]
    if not lines:
        sys.exit("notebook.py: expected the training cell to print one JSON line, found none")
    report = json.loads(lines[-1])
    report["wall_s"] = round(wall, 1)
    print(json.dumps(report), file=result, flush=True)


if __name__ == "__main__":
    main()
