using System.CommandLine;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary><c>nabla check</c>: verifies that committed notebooks follow the kit's rules.</summary>
public static class CheckCommand
{
    /// <summary>Creates the <c>check</c> command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks")
        {
            Description = "Notebook files or folders (default: the repository's notebooks/ folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check", "Check notebooks: nbformat 4, .NET Interactive C# metadata, no outputs, the kit loaded first.")
        {
            paths,
        };
        command.SetAction(result =>
        {
            var io = result.InvocationConfiguration;
            return Execute(result.GetValue(paths) ?? [], io.Output, io.Error);
        });
        return command;
    }

    /// <summary>Checks the notebooks; returns the exit code (0 clean, 2 problems, 1 usage error).</summary>
    public static int Execute(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        if (NotebookInputs.OrLessons(paths) is not { } inputs)
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
            foreach (var problem in NotebookLint.Check(notebook))
            {
                stdout.WriteLine(problem);
                count++;
            }
        }
        stdout.WriteLine($"{notebooks.Count} notebook(s) checked, {count} problem(s).");
        return inputProblems.Count > 0 ? ExitCodes.Usage : count > 0 ? ExitCodes.Failures : ExitCodes.Success;
    }
}
