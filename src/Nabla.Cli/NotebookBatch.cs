using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// The loop <c>nabla run</c> and <c>nabla book</c> share: each notebook in its own worker process, its executed copy
/// saved where <c>target</c> says, progress and failing cells reported, and every error sorted into "a cell failed"
/// (exit 2) or "the notebook could not be run" (exit 1).
/// </summary>
internal sealed class NotebookBatch(string command, RunReport report, TextWriter stderr)
{
    /// <summary>True once a notebook could not be run or a path was refused.</summary>
    public bool InfrastructureError { get; private set; }

    /// <summary>Notes a problem found before running (a missing path, a refused folder): exit code 1.</summary>
    public void Problem(string message)
    {
        stderr.WriteLine($"nabla {command}: {message}");
        InfrastructureError = true;
    }

    /// <summary>
    /// Checks every executed copy's path before anything runs (<see cref="OutputPlan"/>); false, with each problem
    /// reported, when one would land on a source notebook, on another copy or in a file.
    /// </summary>
    public bool Plan(IReadOnlyList<string> notebooks, Func<string, string> target, bool inPlace = false)
    {
        var problems = OutputPlan.Problems(notebooks, target, inPlace);
        foreach (var problem in problems)
            Problem(problem);
        return problems.Count == 0;
    }

    /// <summary>Runs <paramref name="notebooks"/> in order; returns each one that ran, with its result.</summary>
    /// <param name="notebooks">Notebook files.</param>
    /// <param name="target">Where a notebook's executed copy goes (checked beforehand with <see cref="OutputPlan"/>).</param>
    /// <param name="options">Timeout, output limit, stop at the first failing cell.</param>
    /// <param name="failFast">Run no further notebook after one that failed.</param>
    /// <param name="ct">Stops the run.</param>
    public async Task<List<(string Notebook, NotebookRunResult Result)>> RunAsync(
        IReadOnlyList<string> notebooks, Func<string, string> target, RunOptions options, bool failFast, CancellationToken ct)
    {
        var ran = new List<(string, NotebookRunResult)>();
        for (int i = 0; i < notebooks.Count; i++)
        {
            string notebook = notebooks[i];
            stderr.WriteLine($"[{i + 1}/{notebooks.Count}] {notebook}");
            string copy = target(notebook);
            try
            {
                // Writing into the notebook itself (--in-place): remember what it held, so an edit saved meanwhile is not lost.
                bool inPlace = OutputPlan.RealPath(copy) == OutputPlan.RealPath(notebook);
                byte[]? before = inPlace ? File.ReadAllBytes(notebook) : null;
                var result = await NotebookRunner.RunAsync(notebook, options, new SyncProgress(report.Progress), ct);
                if (before is not null && !File.ReadAllBytes(notebook).AsSpan().SequenceEqual(before))
                {
                    Problem($"{notebook}: expected the notebook to stay as it was while it ran, found it changed (saved from an editor?); "
                            + "its outputs were not written, so the saved version is kept. Run it again to get outputs");
                    report.AddFailure(notebook);
                    continue;
                }

                result.Executed.Save(copy, withOutputs: true);
                report.Add(result, copy);
                ran.Add((notebook, result));
                if (failFast && !result.Succeeded)
                    break;
            }
            catch (Exception e) when (e is NotebookFormatException or FileNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Problem(e.Message);
                report.AddFailure(notebook);
                if (failFast)
                    break;
            }
        }

        report.PrintSummary();
        return ran;
    }

    /// <summary>The exit code: 1 after an infrastructure error, 2 when a cell failed, else 0.</summary>
    public int ExitCode => InfrastructureError ? ExitCodes.Usage : report.AnyCellFailed ? ExitCodes.Failures : ExitCodes.Success;

    /// <summary>Reports progress synchronously (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
