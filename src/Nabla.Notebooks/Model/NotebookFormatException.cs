namespace Nabla.Notebooks;

/// <summary>
/// Thrown when a file is not a valid nbformat 4 notebook. The message names the file,
/// what was expected and what was found, e.g. <c>notebooks/x.ipynb: expected nbformat 4, found 3</c>.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="sourceName"/> with a problem description.</summary>
    /// <param name="sourceName">The file (or other source) being read.</param>
    /// <param name="problem">What was expected and what was found.</param>
    /// <param name="inner">The underlying error, if any (e.g. a JSON syntax error).</param>
    public NotebookFormatException(string sourceName, string problem, Exception? inner = null)
        : base($"{sourceName}: {problem}", inner)
    {
        SourceName = sourceName;
        Problem = problem;
    }

    /// <summary>The file (or other source) that was being read.</summary>
    public string SourceName { get; }

    /// <summary>The problem without the file name prefix.</summary>
    public string Problem { get; }
}
