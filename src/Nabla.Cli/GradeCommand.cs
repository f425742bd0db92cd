using System.CommandLine;
using System.Globalization;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// <c>nabla grade --autograder DIR SUBMISSION.ipynb|FOLDER... --out RESULTS</c>: grades submissions in parallel, each
/// in its own sandbox, and writes <c>RESULTS/&lt;name&gt;/results.json</c> (Gradescope's format),
/// <c>RESULTS/&lt;name&gt;/feedback.html</c> and <c>RESULTS/grades.csv</c>.
/// </summary>
public static class GradeCommand
{
    /// <summary>Creates the <c>grade</c> command.</summary>
    public static Command Create()
    {
        var bundle = new Option<string>("--autograder") { Description = "The autograder folder written by `nabla assign`.", Required = true };
        var submissions = new Argument<string[]>("submissions")
        {
            Description = "Submitted notebooks, or folders each holding one submission's notebook (named after the folder).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Folder for the results.", Required = true };
        var jobs = new Option<int>("--jobs") { Description = "Submissions graded at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cell = new Option<double>("--cell-timeout") { Description = "Seconds one cell may run.", DefaultValueFactory = _ => new SandboxLimits().CellSeconds };
        var total = new Option<double>("--submission-timeout") { Description = "Seconds one submission may run in all.", DefaultValueFactory = _ => new SandboxLimits().SubmissionSeconds };
        var memory = new Option<int>("--memory") { Description = "Managed heap limit per submission, in MB.", DefaultValueFactory = _ => new SandboxLimits().HeapMegabytes };
        var unsafeRun = new Option<bool>("--unsafe") { Description = "Grade without a sandbox (only for code you trust)." };
        var command = new Command("grade", "Grade submissions of an assignment in sandboxes, with results for Gradescope and feedback pages.")
        {
            bundle, submissions, output, jobs, cell, total, memory, unsafeRun,
        };
        command.SetAction((result, ct) =>
        {
            var io = result.InvocationConfiguration;
            var limits = new SandboxLimits(result.GetValue(cell), result.GetValue(total), result.GetValue(memory));
            var settings = new GradeSettings(result.GetRequiredValue(bundle), result.GetRequiredValue(submissions),
                result.GetRequiredValue(output), result.GetValue(jobs), limits, result.GetValue(unsafeRun));
            return ExecuteAsync(settings, io.Output, io.Error, ct);
        });
        return command;
    }

    /// <summary>What <c>nabla grade</c> was asked to do.</summary>
    public sealed record GradeSettings(string Bundle, string[] Submissions, string Output, int Jobs, SandboxLimits Limits, bool Unsafe);

    /// <summary>Grades every submission; returns 0 when all were graded, 2 when some could not be, 1 on usage or setup errors.</summary>
    public static async Task<int> ExecuteAsync(GradeSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (settings.Jobs < 1 || !(settings.Limits.CellSeconds > 0) || !(settings.Limits.SubmissionSeconds > 0) || settings.Limits.HeapMegabytes < 64)
            return Usage(stderr, $"expected --jobs >= 1, timeouts > 0 and --memory >= 64, found {settings.Jobs}, {settings.Limits.CellSeconds}, {settings.Limits.SubmissionSeconds} and {settings.Limits.HeapMegabytes}");
        var inputs = new List<(string Name, string? Path, string? Problem)>();
        foreach (string argument in settings.Submissions)
        {
            if (Submission(argument) is not { } found)
                return Usage(stderr, $"expected a submitted .ipynb file or a folder, found nothing at {argument}");
            inputs.Add(found);
        }
        if (inputs.GroupBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Usage(stderr, $"expected one submission per name, found {twice.Count()} named '{twice.Key}'");
        string scratch = Path.Combine(Path.GetTempPath(), "nabla-grade-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(scratch);
        try
        {
            var options = new GraderOptions(Path.Combine(AppContext.BaseDirectory, "Nabla.Cli.dll"), scratch, settings.Limits, settings.Unsafe);
            var grader = Grader.Open(settings.Bundle, options);
            if (settings.Unsafe)
                stderr.WriteLine("nabla grade: --unsafe: submissions run WITHOUT a sandbox; grade only code you trust.");
            stdout.WriteLine($"{grader.Assignment.Name}: running the instructor's notebook to record the expected values ...");
            await grader.PrepareAsync(ct);
            stdout.WriteLine($"Grading {inputs.Count} submission(s), {settings.Jobs} at a time ...");
            var results = await GradeAllAsync(grader, inputs, settings.Jobs, stdout, ct);
            string root = Path.GetFullPath(settings.Output);
            foreach (var result in results)
            {
                AtomicFile.WriteAllText(Path.Combine(root, result.Name, "results.json"), GradeReports.ResultsText(result));
                AtomicFile.WriteAllText(Path.Combine(root, result.Name, "feedback.html"), GradeReports.Feedback(result, grader.Assignment.Name));
            }
            AtomicFile.WriteAllText(Path.Combine(root, "grades.csv"), GradeReports.Csv(grader.Assignment, results));
            int ungraded = results.Count(r => r.Problem is not null);
            stdout.WriteLine($"Wrote {Path.Combine(root, "grades.csv")}: {results.Count - ungraded} graded, {ungraded} not graded.");
            return ungraded == 0 ? ExitCodes.Success : ExitCodes.Failures;
        }
        catch (GradingSetupException e)
        {
            stderr.WriteLine($"nabla grade: {e.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A sandbox that is still shutting down may hold a file for a moment; the temp cleaner gets it.
            }
        }
    }

    private static async Task<List<SubmissionResult>> GradeAllAsync(
        Grader grader, List<(string Name, string? Path, string? Problem)> inputs, int jobs, TextWriter stdout, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(jobs);
        int done = 0;
        var tasks = inputs.Select(async input =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var result = input.Path is { } path
                    ? await grader.GradeAsync(path, input.Name, ct)
                    : grader.Ungraded(input.Name, input.Name, input.Problem!);
                int n = Interlocked.Increment(ref done);
                lock (stdout)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  [{n}/{inputs.Count}] {input.Name}: {result.Score:0.###} / {result.MaxScore:0.###}{(result.Problem is null ? "" : $" (not graded: {result.Problem})")} in {result.Seconds:0.0} s"));
                return result;
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(tasks)];
    }

    /// <summary>A submission from an argument: a notebook file, or a folder holding one (its name is the folder's).</summary>
    private static (string Name, string? Path, string? Problem)? Submission(string argument)
    {
        string full = Path.GetFullPath(argument);
        if (File.Exists(full))
            return (Path.GetFileNameWithoutExtension(full), full, null);
        if (!Directory.Exists(full))
            return null;
        string name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar));
        var notebooks = Directory.GetFiles(full, "*.ipynb").Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        return notebooks.Count == 1
            ? (name, notebooks[0], null)
            : (name, null, $"expected one .ipynb in the submission folder, found {notebooks.Count}");
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"nabla grade: {message}");
        return ExitCodes.Usage;
    }
}
