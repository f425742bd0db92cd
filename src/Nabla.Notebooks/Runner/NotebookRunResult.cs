namespace Nabla.Notebooks;

/// <summary>A cell that produced an error output.</summary>
/// <param name="CellNumber">1-based position of the cell in the notebook (all cell types counted).</param>
/// <param name="FirstLine">The first non-blank line of the cell's source.</param>
/// <param name="Message">The error message (compile diagnostics, exception text, timeout note).</param>
public sealed record CellError(int CellNumber, string FirstLine, string Message);

/// <summary>How long one code cell took.</summary>
/// <param name="CellNumber">1-based position of the cell in the notebook.</param>
/// <param name="Seconds">Wall-clock seconds inside the notebook process.</param>
public sealed record CellTiming(int CellNumber, double Seconds);

/// <summary>The outcome of running one notebook in its own process.</summary>
/// <param name="NotebookPath">The notebook that was run.</param>
/// <param name="Executed">A copy of the notebook carrying the new outputs and execution counts.</param>
/// <param name="Errors">Cells that produced error outputs, in order.</param>
/// <param name="ElapsedSeconds">Wall-clock seconds for the whole run, process start included.</param>
/// <param name="FirstCellLatencySeconds">Seconds from starting the process to the first code cell's result; null when no cell finished.</param>
/// <param name="CellTimings">Per code cell time, in order.</param>
/// <param name="NotRunCells">1-based numbers of code cells that were not run (after a timeout, crash or --fail-fast stop).</param>
/// <param name="TimedOut">True when a cell exceeded the timeout and the process was stopped.</param>
/// <param name="CodeCellCount">Code cells in the notebook.</param>
public sealed record NotebookRunResult(
    string NotebookPath,
    Notebook Executed,
    IReadOnlyList<CellError> Errors,
    double ElapsedSeconds,
    double? FirstCellLatencySeconds,
    IReadOnlyList<CellTiming> CellTimings,
    IReadOnlyList<int> NotRunCells,
    bool TimedOut,
    int CodeCellCount)
{
    /// <summary>True when no cell produced an error output.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>What the notebook's checks (<c>Nabla.Expect</c>) sent, in order, each with the cell it ran in.</summary>
    public IReadOnlyList<CheckMessage> Checks { get; init; } = [];
}

/// <summary>One message a check sent while a cell ran.</summary>
/// <param name="CellIndex">Zero-based index of the cell that was running.</param>
/// <param name="Json">The check's JSON object: name, found, and for a full check expected and tolerance or requirement.</param>
public sealed record CheckMessage(int CellIndex, string Json);
