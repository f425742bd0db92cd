using System.CommandLine;
using System.Globalization;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary><c>nabla run</c>: executes notebooks, each in its own process, and writes executed copies.</summary>
public static class RunCommand
{
    /// <summary>Creates the <c>run</c> command.</summary>
    public static Command Create()
    {
        var paths = CommonOptions.Notebooks(whenNone: null);
        var output = CommonOptions.ExecutedCopies("--out");
        var timeout = CommonOptions.Timeout();
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first failing cell and run no further notebooks." };
        var inPlace = new Option<bool>("--in-place") { Description = "Write outputs back into the notebooks themselves." };
        var maxOutput = CommonOptions.MaxOutputChars();
        var command = new Command("run", "Execute notebooks headlessly on the .NET Interactive C# kernel.")
        {
            paths, output, timeout, failFast, inPlace, maxOutput,
        };
        command.SetAction((result, ct) =>
        {
            var io = result.InvocationConfiguration;
            var settings = new RunSettings(
                result.GetRequiredValue(paths), result.GetValue(output), result.GetValue(timeout),
                result.GetValue(failFast), result.GetValue(inPlace), result.GetValue(maxOutput));
            return ExecuteAsync(settings, io.Output, io.Error, ct);
        });
        return command;
    }

    /// <summary>What <c>nabla run</c> was asked to do.</summary>
    /// <param name="Paths">Notebook files or folders.</param>
    /// <param name="OutputFolder">Folder for executed copies; null for the default.</param>
    /// <param name="TimeoutSeconds">Per-cell timeout.</param>
    /// <param name="FailFast">Stop at the first failing cell.</param>
    /// <param name="InPlace">Overwrite the notebooks with their executed versions.</param>
    /// <param name="MaxOutputChars">Output size limit.</param>
    public sealed record RunSettings(string[] Paths, string? OutputFolder, double TimeoutSeconds, bool FailFast, bool InPlace, int MaxOutputChars);

    /// <summary>Runs the notebooks; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(RunSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (settings.InPlace && settings.OutputFolder is not null)
            return Usage(stderr, "expected either --in-place or --out, found both");
        if ((OptionChecks.Timeout(settings.TimeoutSeconds) ?? OptionChecks.OutputChars(settings.MaxOutputChars)) is { } bad)
            return Usage(stderr, bad);
        var report = new RunReport(stdout, stderr);
        var batch = new NotebookBatch("run", report, stderr);
        var notebooks = NotebookInputs.Expand(settings.Paths, batch.Problem);
        string outFolder = settings.OutputFolder is { } o ? Path.GetFullPath(o) : NotebookInputs.DefaultOutputFolder();
        var options = new RunOptions(TimeSpan.FromSeconds(settings.TimeoutSeconds), settings.MaxOutputChars, settings.FailFast);
        string Target(string notebook) => settings.InPlace ? notebook : NotebookInputs.ExecutedCopy(outFolder, notebook);
        // Every copy is checked before the first notebook runs: nothing is written if any would land badly.
        if (!batch.Plan(notebooks, Target, settings.InPlace))
            return batch.ExitCode;

        await batch.RunAsync(notebooks, Target, options, settings.FailFast, ct);
        return batch.ExitCode;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"nabla run: {message}");
        return ExitCodes.Usage;
    }
}
