using System.Globalization;

namespace Nabla.Notebooks;

/// <summary>
/// Runs a notebook in its own worker process (one process per notebook: referenced DLLs stay
/// loaded for the life of a process), with a per-cell timeout, and returns an executed copy.
/// The source file is never written.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Longest the worker may take to start and compile submission 0 (or the cell timeout if longer).</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs every code cell of <paramref name="notebookPath"/> in a new worker process.
    /// </summary>
    /// <exception cref="FileNotFoundException">The notebook or the worker executable does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is not a valid nbformat 4 notebook (nothing is run).</exception>
    /// <exception cref="InvalidOperationException">The worker process could not start or died before running any cell.</exception>
    public static async Task<NotebookRunResult> RunAsync(
        string notebookPath,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new RunOptions();
        string path = Path.GetFullPath(notebookPath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Expected a notebook at {path}, found no file.", path);
        var executed = Notebook.Parse(Notebook.Load(path).ToJson(withOutputs: false), path);
        var run = new RunTracker(path, executed, progress);
        using var worker = WorkerProcess.Start(path, options);
        run.Report(RunProgressKind.Started, 0);
        int? current = null;
        bool ready = false, ended = false, timedOut = false;
        var clock = run.Watch.Elapsed;
        while (!ended)
        {
            var limit = ready ? options.Timeout : (options.Timeout > StartupTimeout ? options.Timeout : StartupTimeout);
            var remaining = limit - (run.Watch.Elapsed - clock);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
            string? line;
            try
            {
                line = await worker.Output.ReadLineAsync(cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                timedOut = true;
                break;
            }
            if (line is null)
                break;
            if (WorkerProtocol.Decode(line) is not { } message)
                continue;
            int cell = message["cell"]?.GetValue<int>() ?? -1;
            string? kind = message["event"]?.GetValue<string>();
            if (kind is "start" or "update" or "done" && (cell < 0 || cell >= executed.Cells.Count))
                continue; // a report about a cell the notebook does not have is no report
            switch (kind)
            {
                case "ready":
                    ready = true;
                    break;
                case "start":
                    current = cell;
                    run.Report(RunProgressKind.CellStarted, cell + 1);
                    break;
                case "update":
                    executed.Cells[cell].Outputs = WorkerProtocol.ReadOutputs(message["outputs"]);
                    break;
                case "check" when cell >= 0 && cell < executed.Cells.Count && message["check"]?.GetValue<string>() is { } json:
                    run.Checks.Add(new CheckMessage(cell, json));
                    break;
                case "done":
                    run.Done(cell, message);
                    current = null;
                    break;
                case "fatal":
                    throw new InvalidOperationException($"The notebook worker stopped: {message["message"]}");
                case "end":
                    ended = true;
                    break;
            }
            clock = run.Watch.Elapsed;
        }
        if (timedOut)
        {
            worker.Kill();
            if (!ready)
                throw new InvalidOperationException($"The notebook worker for {path} did not start within {StartupLimit(options)} s. {worker.StderrTail}".Trim());
            if (current is { } cell)
                run.Fail(cell, $"Cell {cell + 1} did not finish within {Seconds(options.Timeout)} s; the notebook process was stopped.");
            else if (run.NextNotRun() is { } next)
                run.Fail(next, $"The notebook process stopped responding before cell {next + 1} started and was stopped.");
        }
        else if (!ended)
        {
            await worker.WaitForExitAsync(TimeSpan.FromSeconds(5));
            string reason = $"The notebook process exited with code {worker.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
            if (current is { } cell)
                run.Fail(cell, $"{reason} while running cell {cell + 1}.\n{worker.StderrTail}".TrimEnd());
            else if (run.CellTimings.Count == 0)
                throw new InvalidOperationException($"{reason} before running any cell of {path}.\n{worker.StderrTail}".TrimEnd());
            else if (run.NextNotRun() is { } next)
                run.Fail(next, $"{reason} before cell {next + 1} started.\n{worker.StderrTail}".TrimEnd());
        }
        return run.Finish(timedOut);
    }

    private static string StartupLimit(RunOptions options) => Seconds(options.Timeout > StartupTimeout ? options.Timeout : StartupTimeout);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
