using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// What <c>nabla grade</c> writes: per submission <c>results.json</c> in Gradescope's autograder format and
/// <c>feedback.html</c> for the student, and <c>grades.csv</c> for the whole batch. Hidden checks appear only as
/// passed or failed; no test source is ever shown.
/// </summary>
public static class GradeReports
{
    /// <summary>Gradescope's results.json: score, max_score, execution_time, one test per question, and the versions used.</summary>
    public static JsonObject Results(SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["score"] = result.Score,
            ["max_score"] = result.MaxScore,
            ["execution_time"] = Math.Round(result.Seconds, 1),
            ["output"] = result.Problem is null ? $"{Points(result.Score)} of {Points(result.MaxScore)} points." : $"Not graded: {result.Problem}",
            ["visibility"] = "visible",
            ["tests"] = new JsonArray([.. result.Questions.Select(q => (JsonNode)new JsonObject
            {
                ["name"] = q.GradeId,
                ["score"] = q.Score,
                ["max_score"] = q.MaxScore,
                ["status"] = q.Passed ? "passed" : "failed",
                ["output"] = Output(q),
                ["visibility"] = "visible",
            })]),
            ["extra_data"] = new JsonObject
            {
                ["kit"] = Grader.KitVersion,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
                ["sdk"] = SdkVersion(),
                ["kernel"] = typeof(Microsoft.DotNet.Interactive.Kernel).Assembly.GetName().Version?.ToString(),
            },
        };
    }

    /// <summary>The text of one question's result: its note and error, each public check's verdict, and a count of the hidden ones.</summary>
    public static string Output(QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = new StringBuilder();
        if (question.Note is not null)
            text.AppendLine(question.Note);
        if (question.Error is not null)
            text.AppendLine($"The test cell stopped with: {question.Error.Split('\n')[0]}");
        foreach (var check in question.Checks.Where(c => !c.Hidden))
            text.AppendLine($"{(check.Passed ? "✓" : "✗")} {check.Name}{(check.Passed && check.Message == "passed" ? "" : ": " + check.Message)}");   // a held-out score says its accuracy either way
        var hidden = question.Checks.Where(c => c.Hidden).ToList();
        if (hidden.Count > 0)
            text.AppendLine($"Hidden checks: {hidden.Count(c => c.Passed)} of {hidden.Count} passed.");
        return text.ToString().TrimEnd();
    }

    /// <summary>The student's feedback page: the total, then per question the points, passed, partial credit (a held-out score below the top) or failed, and <see cref="Output"/>.</summary>
    public static string Feedback(SubmissionResult result, string assignmentName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlText.Escape(assignmentName)}: {HtmlText.Escape(result.Name)}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"total\">{Points(result.Score)} of {Points(result.MaxScore)} points</p>\n");
        if (result.Problem is not null)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"problem\">Not graded: {HtmlText.Escape(result.Problem)}</p>\n");
        foreach (var q in result.Questions)
        {
            var (style, verdict) = q.Passed ? ("passed", "passed") : q.Score > 0 ? ("partial", "partial credit") : ("failed", "failed");
            body.Append(CultureInfo.InvariantCulture,
                $"<section class=\"{style}\"><h2>{HtmlText.Escape(q.GradeId)}: {Points(q.Score)} / {Points(q.MaxScore)} ({verdict})</h2>\n<pre>{HtmlText.Escape(Output(q))}</pre></section>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlText.Escape($"{assignmentName}: {result.Name}") +
            "</title><style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}" +
            "section{border-left:4px solid;padding:.2rem 1rem;margin:1rem 0}.passed{border-color:#2a7}.partial{border-color:#d90}.failed{border-color:#c33}" +
            "pre{white-space:pre-wrap}.total{font-size:1.3rem}</style></head><body>\n" + body + "</body></html>\n";
    }

    /// <summary>grades.csv: one row per submission (name, one column per question, total, max, and why it was not graded).</summary>
    public static string Csv(Assignment assignment, IEnumerable<SubmissionResult> results)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(results);
        var ids = assignment.Questions.Select(q => q.Tests.GradeId!).ToList();
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', new[] { "submission" }.Concat(ids).Concat(["total", "max_score", "problem"]).Select(Field)));
        foreach (var r in results.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var cells = new[] { r.Name }
                .Concat(ids.Select(id => Points(r.Questions.FirstOrDefault(q => q.GradeId == id)?.Score ?? 0)))
                .Concat([Points(r.Score), Points(r.MaxScore), r.Problem ?? ""]);
            csv.AppendLine(string.Join(',', cells.Select(Field)));
        }
        return csv.ToString();
    }

    /// <summary>JSON text of <see cref="Results"/>, indented.</summary>
    public static string ResultsText(SubmissionResult result) =>
        Results(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>The newest .NET SDK beside the dotnet host (the one the sandboxed kernel restores packages with), or null.</summary>
    private static string? SdkVersion()
    {
        string sdks = Path.Combine(Sandbox.DotnetRoot, "sdk");
        return Directory.Exists(sdks)
            ? Directory.GetDirectories(sdks).Select(Path.GetFileName).OfType<string>().Where(n => char.IsAsciiDigit(n[0]))
                .OrderBy(n => Version.TryParse(n.Split('-')[0], out var v) ? v : new Version()).LastOrDefault()
            : null;
    }

    private static string Points(double points) => points.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
