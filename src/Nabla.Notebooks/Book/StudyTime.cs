using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nabla.Notebooks;

/// <summary>
/// How long a lesson takes to study, estimated from what it asks of the learner: reading its text at
/// <see cref="WordsPerMinute"/> words a minute, one minute per code cell (read it, run it, look at the
/// output) and <see cref="MinutesPerTryIt"/> minutes per "Try it" prompt. A markdown cell tagged
/// <see cref="BreakTag"/> (nbformat cell metadata <c>tags</c>) starts a new sitting, so a long lesson
/// shows the time of each part.
/// </summary>
/// <param name="Parts">Minutes per sitting, each rounded up to 5.</param>
public sealed partial record StudyTime(IReadOnlyList<int> Parts)
{
    /// <summary>The cell tag that marks a good place to stop: the cell starts the next sitting.</summary>
    public const string BreakTag = "session-break";

    /// <summary>Reading speed for technical text with formulas.</summary>
    public const int WordsPerMinute = 120;

    /// <summary>Time for one "Try it": change a number, predict, run, compare.</summary>
    public const int MinutesPerTryIt = 3;

    /// <summary>The whole lesson in minutes.</summary>
    public int Total => Parts.Sum();

    /// <summary>Estimates the study time of a notebook.</summary>
    public static StudyTime Of(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var parts = new List<int>();
        double minutes = 0;
        foreach (var cell in notebook.Cells)
        {
            if (IsBreak(cell) && minutes > 0)
            {
                parts.Add(RoundUp(minutes));
                minutes = 0;
            }
            if (cell.IsCode)
            {
                minutes += 1;
            }
            else if (cell.CellType == "markdown")
            {
                minutes += Words().Matches(cell.Source).Count / (double)WordsPerMinute;
                minutes += TryIt().Matches(cell.Source).Count * MinutesPerTryIt;
            }
        }
        if (minutes > 0 || parts.Count == 0)
            parts.Add(RoundUp(minutes));
        return new StudyTime(parts);
    }

    /// <summary>"about 45 min", or "about 75 min, in two sittings (40 + 35 min)".</summary>
    public override string ToString() => Parts.Count == 1
        ? $"about {Total} min"
        : $"about {Total} min, in {Sittings(Parts.Count)} ({string.Join(" + ", Parts)} min)";

    private static string Sittings(int n) => n switch { 2 => "two sittings", 3 => "three sittings", _ => $"{n} sittings" };

    private static bool IsBreak(Cell cell) =>
        JsonText.At(cell.Metadata, "tags") is JsonArray tags
        && tags.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == BreakTag);

    private static int RoundUp(double minutes) => Math.Max(5, (int)Math.Ceiling(minutes / 5) * 5);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\*\*Try it", RegexOptions.IgnoreCase)]
    private static partial Regex TryIt();
}
