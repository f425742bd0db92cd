using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>How a grader learns what a submission's checks found, without trusting the submission to judge itself.</summary>
/// <remarks>
/// A grader (<c>nabla grade</c>) runs a submission in a sandboxed process and puts an <c>Action&lt;string&gt;</c> under
/// <see cref="SinkKey"/> in that process's <see cref="AppContext"/>. Every check then also sends it one JSON object:
/// the name and the found value as plain data (numbers, arrays, text), and, for a run of the instructor's own
/// notebook, the expected value and tolerance. In the submission's run the grader has replaced each check by
/// <see cref="Report(string, double)"/>, so the expected values are never in the submission's process, and the grader
/// (not the submission) decides with <see cref="ExpectRule"/>. Outside a grader nothing is sent.
/// </remarks>
public static partial class Expect
{
    /// <summary>The <see cref="AppContext"/> key of the grader's sink (an <c>Action&lt;string&gt;</c> taking one JSON object per check).</summary>
    public const string SinkKey = ExpectSink.Key;

    /// <summary>Sends what a check of a grader's probe found (the grader holds the expected value).</summary>
    public static void Report(string name, double found) => Send(name, Value(found));

    /// <inheritdoc cref="Report(string, double)"/>
    public static void Report(string name, IReadOnlyList<double> found) => Send(name, Value(found));

    /// <inheritdoc cref="Report(string, double)"/>
    public static void Report(string name, Matrix<double> found) => Send(name, Value(found));

    /// <inheritdoc cref="Report(string, double)"/>
    public static void Report(string name, long found) => Send(name, found);

    /// <inheritdoc cref="Report(string, double)"/>
    public static void Report(string name, string found) => Send(name, found);

    /// <inheritdoc cref="Report(string, double)"/>
    public static void Report(string name, bool found) => Send(name, found);

    private static void Send(string name, JsonNode? found)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (found is null)
            throw new ArgumentNullException(nameof(found));
        Record(name, found, null, null, null);
        Console.WriteLine($"• {name} reported");
    }

    private static void Record(string name, JsonNode? found, JsonNode? expected, double? tolerance, string? requirement)
    {
        if (AppContext.GetData(SinkKey) is not Action<string> sink)
            return;
        var message = new JsonObject { ["name"] = name, ["found"] = found };
        if (expected is not null)
            message["expected"] = expected;
        if (tolerance is { } t)
            message["tolerance"] = t;
        if (requirement is not null)
            message["requirement"] = requirement;
        sink(message.ToJsonString());
    }

    /// <summary>A number as JSON; NaN and the infinities, which JSON lacks, as the strings "NaN", "Infinity", "-Infinity".</summary>
    private static JsonNode Value(double x) => double.IsFinite(x) ? JsonValue.Create(x) : JsonValue.Create(x.ToString(System.Globalization.CultureInfo.InvariantCulture))!;

    private static JsonNode? Value(IReadOnlyList<double>? xs) => xs is null ? null : new JsonArray([.. xs.Select(x => (JsonNode?)Value(x))]);

    /// <summary>A matrix as {"rows", "columns", "data"} with the data row by row.</summary>
    private static JsonNode? Value(Matrix<double>? m) => m is null ? null : new JsonObject
    {
        ["rows"] = m.RowCount,
        ["columns"] = m.ColumnCount,
        ["data"] = new JsonArray([.. Enumerable.Range(0, m.RowCount * m.ColumnCount).Select(k => (JsonNode?)Value(m[k / m.ColumnCount, k % m.ColumnCount]))]),
    };
}
