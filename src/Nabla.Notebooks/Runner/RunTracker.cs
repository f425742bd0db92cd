using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>Collects what the worker reports into the executed notebook, timings and progress.</summary>
internal sealed class RunTracker(string path, Notebook executed, IProgress<RunProgress>? progress)
{
    private readonly HashSet<int> _done = [];
    private readonly int _codeCells = executed.Cells.Count(c => c.IsCode);
    private double? _firstCellLatency;

    /// <summary>Time since the run started.</summary>
    public Stopwatch Watch { get; } = Stopwatch.StartNew();

    /// <summary>The checks' messages so far.</summary>
    public List<CheckMessage> Checks { get; } = [];

    /// <summary>Per-cell times so far.</summary>
    public List<CellTiming> CellTimings { get; } = [];

    /// <summary>Reports progress about <paramref name="cellNumber"/> (1-based, 0 for none).</summary>
    public void Report(RunProgressKind kind, int cellNumber, bool failed = false, double? seconds = null) =>
        progress?.Report(new RunProgress(path, kind, cellNumber, _done.Count, _codeCells, Watch.Elapsed, failed, seconds));

    /// <summary>Applies a "done" message to cell <paramref name="index"/>.</summary>
    public void Done(int index, JsonObject message)
    {
        var cell = executed.Cells[index];
        cell.Outputs = WorkerProtocol.ReadOutputs(message["outputs"]);
        cell.ExecutionCount = message["count"]?.GetValue<int?>();
        double seconds = double.Parse(message["seconds"]?.GetValue<string>() ?? "0", CultureInfo.InvariantCulture);
        CellTimings.Add(new CellTiming(index + 1, seconds));
        _firstCellLatency ??= Watch.Elapsed.TotalSeconds;
        _done.Add(index);
        Report(RunProgressKind.CellFinished, index + 1, cell.Outputs.Any(o => o.IsError), seconds);
    }

    /// <summary>Gives cell <paramref name="index"/> an error output (timeout, crash) and notes the cells that will not run.</summary>
    public void Fail(int index, string message)
    {
        var notRun = NotRun().Where(n => n != index + 1).ToList();
        if (notRun.Count > 0)
            message += $"\nCells not run: {string.Join(", ", notRun)}.";
        executed.Cells[index].Outputs.Add(CellOutput.Error("Error", message));
        _done.Add(index);
        Report(RunProgressKind.CellFinished, index + 1, failed: true);
    }

    /// <summary>The result once the worker is gone.</summary>
    public NotebookRunResult Finish(bool timedOut)
    {
        var errors = executed.Cells
            .Select((c, i) => (Cell: c, Number: i + 1))
            .Where(x => x.Cell.IsCode && x.Cell.Outputs.Any(o => o.IsError))
            .Select(x => new CellError(x.Number, x.Cell.FirstLine, CellRunResult.ErrorMessageOf(x.Cell.Outputs) ?? ""))
            .ToList();
        var result = new NotebookRunResult(path, executed, errors, Watch.Elapsed.TotalSeconds, _firstCellLatency,
            CellTimings, NotRun(), timedOut, _codeCells) { Checks = Checks };
        Report(RunProgressKind.Finished, 0);
        return result;
    }

    /// <summary>Zero-based index of the first code cell that has not run, or null.</summary>
    public int? NextNotRun() => NotRun() is [var first, ..] ? first - 1 : null;

    private List<int> NotRun() =>
        [.. executed.Cells.Select((c, i) => (c, i)).Where(x => x.c.IsCode && !_done.Contains(x.i)).Select(x => x.i + 1)];
}
