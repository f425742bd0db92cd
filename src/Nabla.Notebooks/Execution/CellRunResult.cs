namespace Nabla.Notebooks;

/// <summary>What running one cell produced.</summary>
/// <param name="Outputs">The cell's outputs in nbformat form (streams merged, limits applied).</param>
/// <param name="ExecutionCount">The cell's execution count, or null when the cell was not run (markdown, raw).</param>
/// <param name="Elapsed">Wall-clock time of the cell.</param>
/// <param name="EarlierCellUpdates">Outputs of earlier cells that changed because a display handle was updated.</param>
public sealed record CellRunResult(
    IReadOnlyList<CellOutput> Outputs,
    int? ExecutionCount,
    TimeSpan Elapsed,
    IReadOnlyList<CellUpdate> EarlierCellUpdates)
{
    /// <summary>True when the cell produced an error output.</summary>
    public bool Failed => Outputs.Any(o => o.IsError);

    /// <summary>The error message of the first error output, or null.</summary>
    public string? ErrorMessage => Outputs.FirstOrDefault(o => o.IsError)?.ErrorValue;
}

/// <summary>New outputs for an earlier cell whose displayed value was updated by a later cell.</summary>
/// <param name="CellIndex">Zero-based index of the cell in the notebook.</param>
/// <param name="Outputs">All outputs of that cell after the update.</param>
public sealed record CellUpdate(int CellIndex, IReadOnlyList<CellOutput> Outputs);
