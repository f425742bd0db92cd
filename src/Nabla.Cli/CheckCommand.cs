using System.CommandLine;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary><c>nabla check</c>: verifies that committed notebooks follow the kit's rules.</summary>
public static class CheckCommand
{
    /// <summary>Creates the <c>check</c> command.</summary>
    public static Command Create()
    {
        var paths = CommonOptions.Notebooks(whenNone: "the repository's notebooks/ folder");
        var executed = new Option<string?>("--executed")
        {
            Description = "Also check quoted numbers: every number in a notebook's text must be printed by an earlier cell of its executed copy in this folder (nabla run and nabla book write them to artifacts/executed).",
        };
        var command = new Command("check", "Check notebooks: nbformat 4, .NET Interactive C# metadata, no outputs, the kit loaded first, plain Unicode formulas; with --executed, the numbers the text quotes.")
        {
            paths, executed,
        };
        command.SetAction(result =>
        {
            var io = result.InvocationConfiguration;
            return Execute(result.GetValue(paths) ?? [], io.Output, io.Error, result.GetValue(executed));
        });
        return command;
    }

    /// <summary>Checks the notebooks; returns the exit code (0 clean, 2 a notebook breaks a rule, 1 usage error or a file that is not a notebook).</summary>
    /// <param name="paths">Notebook files or folders; empty for the repository's lessons.</param>
    /// <param name="stdout">Where problems and the summary go.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <param name="executedFolder">When set, each notebook's executed copy in this folder is checked for quoted numbers.</param>
    public static int Execute(string[] paths, TextWriter stdout, TextWriter stderr, string? executedFolder = null)
    {
        if (executedFolder is not null && !Directory.Exists(executedFolder))
        {
            stderr.WriteLine($"nabla check: --executed expected a folder of executed notebooks, found nothing at {executedFolder}");
            return ExitCodes.Usage;
        }
        if (NotebookInputs.OrAllEditions(paths) is not { } inputs)
        {
            stderr.WriteLine("nabla check: expected notebook paths or a repository (Nabla.slnx) above the current folder, found neither");
            return ExitCodes.Usage;
        }
        var inputProblems = new List<string>();
        var notebooks = NotebookInputs.Expand(inputs, problem =>
        {
            stderr.WriteLine($"nabla check: {problem}");
            inputProblems.Add(problem);
        });
        int count = 0;
        foreach (var notebook in notebooks)
        {
            Notebook loaded;
            try
            {
                loaded = Notebook.Load(notebook);
            }
            catch (NotebookFormatException e)
            {
                // Not a notebook at all: like run and book, that is an input error (exit 1), not a rule the notebook breaks.
                stdout.WriteLine(e.Message);
                inputProblems.Add(e.Message);
                count++;
                continue;
            }

            var problems = NotebookLint.Check(loaded, notebook).ToList();
            if (NotebookInputs.OriginalOf(notebook) is { } original)
                problems.AddRange(EditionParity.Check(Notebook.Load(original), loaded, notebook));
            if (executedFolder is not null)
                problems.AddRange(QuotesOf(notebook, NotebookInputs.ExecutedCopy(executedFolder, notebook)));
            foreach (var problem in problems)
            {
                stdout.WriteLine(problem);
                count++;
            }
        }
        stdout.WriteLine($"{notebooks.Count} notebook(s) checked, {count} problem(s).");
        return inputProblems.Count > 0 ? ExitCodes.Usage : count > 0 ? ExitCodes.Failures : ExitCodes.Success;
    }

    private static IReadOnlyList<string> QuotesOf(string notebook, string executedCopy)
    {
        if (!File.Exists(executedCopy))
            return [$"{notebook}: expected its executed copy at {executedCopy} (run `nabla run {notebook}` first), found none"];
        try
        {
            return QuotedNumbers.Check(Notebook.Load(executedCopy), notebook);
        }
        catch (NotebookFormatException e)
        {
            return [e.Message];
        }
    }
}
