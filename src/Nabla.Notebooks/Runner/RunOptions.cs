namespace Nabla.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
/// <param name="CellTimeout">Longest a single cell may run before the notebook process is stopped; null means 120 s.</param>
/// <param name="MaxOutputChars">Largest output kept per mime entry or stream, in characters.</param>
/// <param name="StopOnError">Stop at the first failing cell instead of running the rest (the kernel's run-all continues).</param>
/// <param name="WorkerPath">
/// The CLI (<c>Nabla.Cli.dll</c> or its <c>nabla</c> app host) that hosts the hidden worker command; null means
/// <c>Nabla.Cli.dll</c> next to the running application.
/// </param>
/// <param name="Launcher">
/// A command the worker is started under, with its arguments, such as a sandbox (<c>bwrap ...</c>); the worker's own
/// command line follows them. Null starts the worker directly.
/// </param>
/// <param name="Environment">Environment variables set for the worker (for example a GC heap limit); null sets none.</param>
public sealed record RunOptions(
    TimeSpan? CellTimeout = null,
    int MaxOutputChars = SessionOptions.DefaultMaxOutputChars,
    bool StopOnError = false,
    string? WorkerPath = null,
    IReadOnlyList<string>? Launcher = null,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>The default per-cell timeout: 120 seconds.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The effective per-cell timeout.</summary>
    public TimeSpan Timeout => CellTimeout ?? DefaultCellTimeout;
}
