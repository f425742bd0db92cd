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

    /// <summary>
    /// The error message of the first error output, or null. For a compile error the kernel's message is just
    /// "compilation error" (the diagnostics are on stderr, as in Jupyter), so the diagnostics are returned instead.
    /// </summary>
    public string? ErrorMessage => ErrorMessageOf(Outputs);

    /// <summary>The error message of a cell's outputs (see <see cref="ErrorMessage"/>), or null when it has no error.</summary>
    internal static string? ErrorMessageOf(IEnumerable<CellOutput> outputs)
    {
        var list = outputs as IReadOnlyList<CellOutput> ?? outputs.ToList();
        string? message = list.FirstOrDefault(o => o.IsError)?.ErrorValue;
        string diagnostics = string.Concat(list.Where(o => o.StreamName == "stderr").Select(o => o.Text)).Trim();
        return message is "compilation error" && diagnostics.Length > 0 ? diagnostics : message;
    }
}

/// <summary>New outputs for an earlier cell whose displayed value was updated by a later cell.</summary>
/// <param name="CellIndex">Zero-based index of the cell in the notebook.</param>
/// <param name="Outputs">All outputs of that cell after the update.</param>
public sealed record CellUpdate(int CellIndex, IReadOnlyList<CellOutput> Outputs);
