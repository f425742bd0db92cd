using System.Globalization;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// Decides a check in the grader's own process: the value a submission reported (plain JSON data) against the
/// expectation recorded from the instructor's notebook, with the same rule as <c>Expect</c>
/// (<see cref="ExpectRule"/>). Nothing of the submission's is called: no Equals, no ToString.
/// </summary>
public static class CheckJudge
{
    /// <summary>Judges <paramref name="found"/> (the reported "found" value, or null when nothing was reported) against <paramref name="expectation"/>.</summary>
    /// <param name="expectation">The instructor run's message: name, expected, and tolerance or requirement.</param>
    /// <param name="found">What the submission reported.</param>
    /// <returns>Whether it passes, and what was expected and found.</returns>
    public static (bool Passed, string Message) Judge(JsonObject expectation, JsonNode? found)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        var expected = expectation["expected"];
        if (found is null)
            return (false, "no value was reported (the test cell stopped before this check)");
        if (expectation["requirement"] is JsonValue requirement)
            return found is JsonValue v && v.TryGetValue(out bool ok) && ok ? (true, "passed") : (false, (string)requirement!);
        if (expectation["tolerance"] is JsonValue t && t.TryGetValue(out double tolerance))
            return Close(Numbers(expected), Numbers(found), tolerance);
        bool same = JsonNode.DeepEquals(expected, found);
        return same ? (true, "passed") : (false, $"expected {Text(expected)}, found {Text(found)}");
    }

    private static (bool, string) Close((int Rows, int Columns, double[] Values)? expected, (int Rows, int Columns, double[] Values)? found, double tolerance)
    {
        if (expected is not { } e)
            return (false, "the expectation is not numeric");
        if (found is not { } f)
            return (false, "expected numbers, found something else");
        if (e.Rows != f.Rows || e.Columns != f.Columns)
            return (false, $"expected shape {Shape(e.Rows, e.Columns)}, found {Shape(f.Rows, f.Columns)}");
        for (int i = 0; i < e.Values.Length; i++)
        {
            if (!ExpectRule.Within(f.Values[i], e.Values[i], tolerance))
            {
                string at = e.Values.Length == 1 ? "" : e.Columns > 0 && e.Rows > 0 ? $"at row {i / e.Columns}, column {i % e.Columns}, " : $"at index {i}, ";
                return (false, $"{at}expected {Text(e.Values[i])}, found {Text(f.Values[i])} (tolerance {Text(tolerance)})");
            }
        }
        return (true, "passed");
    }

    /// <summary>A number (rows = columns = 0), an array (rows = 0, columns = length) or a matrix object, as values; null for anything else.</summary>
    private static (int Rows, int Columns, double[] Values)? Numbers(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue v when Number(v) is { } x:
                return (0, 0, [x]);
            case JsonArray a:
                var values = a.Select(n => n is JsonValue item ? Number(item) : null).ToList();
                return values.All(x => x is not null) ? (0, values.Count, [.. values.Select(x => x!.Value)]) : null;
            case JsonObject o when o["rows"] is JsonValue r && r.TryGetValue(out int rows) && o["columns"] is JsonValue c
                && c.TryGetValue(out int columns) && Numbers(o["data"]) is { Rows: 0 } data && data.Values.Length == rows * columns:
                return (rows, columns, data.Values);
            default:
                return null;
        }
    }

    private static double? Number(JsonValue v) =>
        v.TryGetValue(out double x) ? x
        : v.TryGetValue(out string? s) && s is "NaN" or "Infinity" or "-Infinity" ? double.Parse(s, CultureInfo.InvariantCulture)
        : null;

    private static string Shape(int rows, int columns) =>
        rows == 0 && columns == 0 ? "a single number" : rows == 0 ? $"{columns} values" : $"({rows}, {columns})";

    private static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "nothing";
}
