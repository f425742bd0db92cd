using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// The engine's <c>Expect</c> in a notebook and the grader's <see cref="CheckJudge"/> decide every check alike: a
/// notebook runs each case's <c>Expect</c> check (which sends the expectation, as the instructor's run does) and its
/// <c>Expect.Report</c> (what a graded submission sends), and prints the check's own verdict; the judge, given the
/// two messages as they crossed the process boundary, must reach the same verdict. The cases are the edges of the
/// encoding: NaN and infinities as strings, tiny and huge magnitudes, arrays, matrices and their shapes, text.
/// </summary>
public sealed class ExpectRoundTripTests
{
    private static readonly (string Name, string Check, string Report)[] Cases =
    [
        ("sum", "Close(\"sum\", 0.1 + 0.2, 0.3)", "Report(\"sum\", 0.1 + 0.2)"),
        ("off", "Close(\"off\", 1.0, 1.1)", "Report(\"off\", 1.0)"),
        ("nan", "Close(\"nan\", double.NaN, double.NaN)", "Report(\"nan\", double.NaN)"),
        ("infinity", "Close(\"infinity\", double.PositiveInfinity, double.PositiveInfinity)", "Report(\"infinity\", double.PositiveInfinity)"),
        ("signed-infinity", "Close(\"signed-infinity\", double.NegativeInfinity, double.PositiveInfinity)", "Report(\"signed-infinity\", double.NegativeInfinity)"),
        ("relative", "Close(\"relative\", 1e10 + 1, 1e10, 1e-9)", "Report(\"relative\", 1e10 + 1)"),
        ("tiny", "Close(\"tiny\", 1e-300, 0, 1e-12)", "Report(\"tiny\", 1e-300)"),
        ("array", "Close(\"array\", new double[] { 1, 2, 3 + 1e-12 }, new double[] { 1, 2, 3 })", "Report(\"array\", new double[] { 1, 2, 3 + 1e-12 })"),
        ("array-length", "Close(\"array-length\", new double[] { 1, 2 }, new double[] { 1, 2, 3 })", "Report(\"array-length\", new double[] { 1, 2 })"),
        ("array-nan", "Close(\"array-nan\", new double[] { 1, double.NaN }, new double[] { 1, 2 })", "Report(\"array-nan\", new double[] { 1, double.NaN })"),
        ("matrix", "Close(\"matrix\", M(2, 2, 1, 2, 3, 4), M(2, 2, 1, 2, 3, 4))", "Report(\"matrix\", M(2, 2, 1, 2, 3, 4))"),
        ("matrix-shape", "Close(\"matrix-shape\", M(1, 4, 1, 3, 2, 4), M(2, 2, 1, 2, 3, 4))", "Report(\"matrix-shape\", M(1, 4, 1, 3, 2, 4))"),
        ("matrix-entry", "Close(\"matrix-entry\", M(2, 2, 1, 2, 3, 5), M(2, 2, 1, 2, 3, 4))", "Report(\"matrix-entry\", M(2, 2, 1, 2, 3, 5))"),
        ("count", "Equal(\"count\", 3, 3)", "Report(\"count\", 3L)"),
        ("count-off", "Equal(\"count-off\", 4, 3)", "Report(\"count-off\", 4L)"),
        ("text", "Equal(\"text\", \"sneaker\", \"sneaker\")", "Report(\"text\", \"sneaker\")"),
        ("text-case", "Equal(\"text-case\", \"Sneaker\", \"sneaker\")", "Report(\"text-case\", \"Sneaker\")"),
        ("rule", "True(\"rule\", false, \"must hold\")", "Report(\"rule\", false)"),
        ("rule-holds", "True(\"rule-holds\", true, \"must hold\")", "Report(\"rule-holds\", true)"),
    ];

    [Fact]
    public async Task The_grader_judges_every_check_as_the_check_itself_does()
    {
        using var folder = new TempFolder();
        string cases = string.Join("\n", Cases.Select(c => $"Case(\"{c.Name}\", () => Expect.{c.Check}, () => Expect.{c.Report});"));
        string path = folder.WriteNotebook("round-trip.ipynb",
            "#r \"nuget: Nabla, 0.9.0\"\nusing Nabla;\nusing MathNet.Numerics.LinearAlgebra;",
            "Matrix<double> M(int rows, int columns, params double[] byRows) => Matrix<double>.Build.DenseOfRowMajor(rows, columns, byRows);\n" +
            "void Case(string name, Action check, Action report)\n{\n    bool passed = true;\n" +
            "    try { check(); } catch (ExpectationFailedException) { passed = false; }\n" +
            "    Console.WriteLine($\"{name}: {(passed ? \"pass\" : \"fail\")}\");\n    report();\n}\n" + cases);

        var run = await NotebookRunner.RunAsync(path);

        Assert.Empty(run.Errors);
        var verdicts = string.Concat(run.Executed.Cells[1].Outputs.Select(o => o.Text)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.EndsWith(": pass", StringComparison.Ordinal) || line.EndsWith(": fail", StringComparison.Ordinal))   // not the checks' own ✓ lines
            .Select(line => line.Split(": ")).ToDictionary(p => p[0], p => p[1] == "pass");
        var messages = run.Checks.Select(c => JsonNode.Parse(c.Json)!.AsObject()).ToList();
        Assert.Equal(Cases.Length, verdicts.Count);
        Assert.Contains(verdicts, v => v.Value);
        Assert.Contains(verdicts, v => !v.Value);
        foreach (var (name, _, _) in Cases)
        {
            var sent = messages.Where(m => (string?)m["name"] == name).ToList();
            var expectation = Assert.Single(sent, m => m.ContainsKey("expected") || m.ContainsKey("requirement"));
            var report = Assert.Single(sent, m => !m.ContainsKey("expected") && !m.ContainsKey("requirement"));
            var (passed, message) = CheckJudge.Judge(expectation, report["found"]);
            Assert.True(passed == verdicts[name], $"{name}: the check said {(verdicts[name] ? "pass" : "fail")}, the judge {(passed ? "pass" : "fail")} ({message})");
        }
    }
}
