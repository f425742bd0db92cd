using System.CommandLine;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// The arguments and options several commands share, declared once so that they read and behave the same in every
/// command. A command-line option belongs to one command, so each command calls these to get its own instance.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The notebooks to work on: files, or folders standing for their *.ipynb sorted by name.</summary>
    /// <param name="whenNone">What the command takes when none is named, or null when at least one must be named.</param>
    public static Argument<string[]> Notebooks(string? whenNone) => new("notebooks")
    {
        Description = "Notebook files or folders (a folder stands for its *.ipynb, sorted by name)" +
            (whenNone is null ? "." : $"; default: {whenNone}."),
        Arity = whenNone is null ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--timeout</c>: how long one cell may run, in seconds (checked by <see cref="OptionChecks.Timeout"/>).</summary>
    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "Per-cell timeout in seconds.",
        DefaultValueFactory = _ => RunOptions.DefaultCellTimeout.TotalSeconds,
    };

    /// <summary><c>--max-output-chars</c>: the largest output a cell keeps (checked by <see cref="OptionChecks.OutputChars"/>).</summary>
    public static Option<int> MaxOutputChars() => new("--max-output-chars")
    {
        Description = "Largest output kept per cell output, in characters.",
        DefaultValueFactory = _ => SessionOptions.DefaultMaxOutputChars,
    };

    /// <summary>The folder the executed copies of the notebooks are written to, under the name <paramref name="name"/>.</summary>
    /// <param name="name"><c>--out</c> for <c>run</c>, whose only output they are; <c>--executed</c> for <c>book</c>, whose <c>--out</c> is the book.</param>
    public static Option<string?> ExecutedCopies(string name) => new(name)
    {
        Description = "Folder for the executed notebooks (default: artifacts/executed under the repository root, else ./executed).",
    };
}
