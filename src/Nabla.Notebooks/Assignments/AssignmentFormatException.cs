namespace Nabla.Notebooks;

/// <summary>
/// Thrown when an instructor notebook is not a valid assignment. The message names the file, the cell and what was
/// expected and found, e.g. <c>a1.ipynb: cell 7 ('q2-solution'): expected // ### END SOLUTION after line 3, found the end of the cell</c>.
/// </summary>
public sealed class AssignmentFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="sourceName"/> with a problem description.</summary>
    public AssignmentFormatException(string sourceName, string problem)
        : base($"{sourceName}: {problem}")
    {
        SourceName = sourceName;
        Problem = problem;
    }

    /// <summary>The assignment notebook being read.</summary>
    public string SourceName { get; }

    /// <summary>The problem without the file name prefix.</summary>
    public string Problem { get; }
}
