namespace Nabla.Notebooks;

/// <summary>Stage of a notebook run reported through <see cref="RunProgress"/>.</summary>
public enum RunProgressKind
{
    /// <summary>The notebook process was started.</summary>
    Started,

    /// <summary>A code cell started running.</summary>
    CellStarted,

    /// <summary>A code cell finished (successfully or with an error output).</summary>
    CellFinished,

    /// <summary>The run ended.</summary>
    Finished,
}

/// <summary>A progress report of <see cref="NotebookRunner.RunAsync"/>.</summary>
/// <param name="NotebookPath">The notebook being run.</param>
/// <param name="Kind">What happened.</param>
/// <param name="CellNumber">1-based position of the cell in the notebook (all cell types counted); 0 when not about a cell.</param>
/// <param name="CodeCellsDone">Code cells finished so far.</param>
/// <param name="CodeCellCount">Code cells in the notebook.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="CellFailed">For <see cref="RunProgressKind.CellFinished"/>: whether the cell produced an error output.</param>
/// <param name="CellSeconds">For <see cref="RunProgressKind.CellFinished"/>: the cell's own run time, when known.</param>
public sealed record RunProgress(
    string NotebookPath,
    RunProgressKind Kind,
    int CellNumber,
    int CodeCellsDone,
    int CodeCellCount,
    TimeSpan Elapsed,
    bool CellFailed = false,
    double? CellSeconds = null);
