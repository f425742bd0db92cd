namespace Nabla.Notebooks;

/// <summary>
/// The marked regions of an assignment's cells, with nbgrader's delimiters written as C# comments. A solution cell marks
/// the instructor's answer with <c>// ### BEGIN SOLUTION</c> ... <c>// ### END SOLUTION</c>; the student version
/// gets <c>// YOUR CODE HERE</c> and <c>throw new NotImplementedException();</c> instead, so it still compiles and
/// every test of the question fails until the student writes the code. A grade cell marks the tests the student must
/// not see with <c>// ### BEGIN HIDDEN TESTS</c> ... <c>// ### END HIDDEN TESTS</c>; the student version drops them.
/// </summary>
public static class SourceRegions
{
    /// <summary>The line that opens an instructor's solution.</summary>
    public const string BeginSolution = "// ### BEGIN SOLUTION";

    /// <summary>The line that closes an instructor's solution.</summary>
    public const string EndSolution = "// ### END SOLUTION";

    /// <summary>The line that opens the hidden tests of a grade cell.</summary>
    public const string BeginHiddenTests = "// ### BEGIN HIDDEN TESTS";

    /// <summary>The line that closes the hidden tests of a grade cell.</summary>
    public const string EndHiddenTests = "// ### END HIDDEN TESTS";

    /// <summary>The comment that takes a solution's place in the student version.</summary>
    public const string YourCodeHere = "// YOUR CODE HERE";

    /// <summary>The statement that takes a solution's place in the student version (it compiles, and fails when run).</summary>
    public const string NotImplemented = "throw new NotImplementedException();";

    private const string MarkerStart = "// ###";

    /// <summary>The student version of a solution cell's source: each solution region becomes the two stub lines, indented as its BEGIN line.</summary>
    /// <exception cref="FormatException">The markers are unbalanced, nested, misspelt or of the wrong kind (the message says where).</exception>
    public static string StubSolutions(string source) =>
        Replace(source, BeginSolution, EndSolution, indent => [indent + YourCodeHere, indent + NotImplemented], requireOne: true);

    /// <summary>The public part of a grade cell's source: every hidden-test region removed, markers included.</summary>
    /// <exception cref="FormatException">The markers are unbalanced, nested, misspelt or of the wrong kind.</exception>
    public static string RemoveHiddenTests(string source) =>
        Replace(source, BeginHiddenTests, EndHiddenTests, _ => [], requireOne: false);

    /// <summary>The source with the hidden-test markers removed but their tests kept: the whole grade cell as the grader runs it.</summary>
    public static string UnmarkHiddenTests(string source)
    {
        Replace(source, BeginHiddenTests, EndHiddenTests, _ => [], requireOne: false);   // validates the markers
        return string.Join('\n', Lines(source).Where(l => l.Trim() is not (BeginHiddenTests or EndHiddenTests)));
    }

    /// <summary>The lines inside the solution regions (or, with <paramref name="hidden"/>, the hidden-test regions), with their 1-based numbers.</summary>
    public static IEnumerable<(int Line, string Text)> Inside(string source, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(source);
        string begin = hidden ? BeginHiddenTests : BeginSolution, end = hidden ? EndHiddenTests : EndSolution;
        bool open = false;
        var lines = Lines(source);
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed == begin || trimmed == end)
                open = trimmed == begin;
            else if (open)
                yield return (i + 1, lines[i]);
        }
    }

    /// <summary>True when some line of <paramref name="source"/> is a region marker (any of the four, or a misspelt one).</summary>
    public static bool HasMarkers(string source) => Lines(source).Any(l => l.TrimStart().StartsWith(MarkerStart, StringComparison.Ordinal));

    private static string Replace(string source, string begin, string end, Func<string, string[]> replacement, bool requireOne)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = Lines(source);
        var result = new List<string>(lines.Length);
        int? open = null;
        int regions = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.StartsWith(MarkerStart, StringComparison.Ordinal))
            {
                if (trimmed == begin)
                {
                    if (open is { } o)
                        throw new FormatException($"expected {end} before line {i + 1}, found another {begin} (the region of line {o + 1} is still open)");
                    open = i;
                    result.AddRange(replacement(lines[i][..(lines[i].Length - lines[i].TrimStart().Length)]));
                    continue;
                }
                if (trimmed == end)
                {
                    if (open is null)
                        throw new FormatException($"line {i + 1}: found {end} without a {begin} before it");
                    open = null;
                    regions++;
                    continue;
                }
                throw new FormatException(
                    $"line {i + 1}: expected {begin} or {end} here, found \"{trimmed}\"" +
                    (trimmed is BeginSolution or EndSolution or BeginHiddenTests or EndHiddenTests ? " (a marker of the other kind of cell)" : " (a misspelt marker?)"));
            }
            if (open is null)
                result.Add(lines[i]);
        }
        if (open is { } unclosed)
            throw new FormatException($"expected {end} after the {begin} of line {unclosed + 1}, found the end of the cell");
        if (requireOne && regions == 0)
            throw new FormatException($"expected at least one {begin} ... {end} region, found none");
        return string.Join('\n', result);
    }

    private static string[] Lines(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
