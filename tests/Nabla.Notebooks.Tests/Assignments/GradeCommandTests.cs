using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// One grading run of a corpus of submissions (honest and hostile) against <see cref="GradingAssignment"/>, shared by
/// the tests below: every attack must score no more than an empty submission, a hang, crash or out-of-memory in q1
/// must cost q1 only, and unreadable files are reported without stopping the batch.
/// </summary>
public sealed class GradedCorpus : IDisposable
{
    public const string Stub = "double Square(double x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}";

    /// <summary>Submissions whose q1 is an attack and whose q2 is left as the stub: each must score 0.</summary>
    public static readonly Dictionary<string, string> Attacks = new()
    {
        ["prints-the-expected-output"] = "double Square(double x)\n{\n    Console.WriteLine(\"✓ q1 square of 3\");\n    return 0;\n}",
        ["shadows-expect"] = "static class Expect\n{\n    public static void Report(string n, double f) { }\n    public static void Report(string n, double[] f) { }\n    public static void Close(string n, double f, double e) { }\n}\ndouble Square(double x) => 0;",
        ["reports-for-itself"] = "double Square(double x)\n{\n    Nabla.Expect.Report(\"q1 square of 3\", 9.0);\n    return 0;\n}",
        ["exits"] = "double Square(double x)\n{\n    Environment.Exit(0);\n    return 0;\n}",
        ["fails-fast"] = "double Square(double x)\n{\n    Environment.FailFast(\"bye\");\n    return 0;\n}",
        ["silences-the-console"] = "Console.SetOut(TextWriter.Null);\ndouble Square(double x) => 0;",
        ["reflection"] = "var t = typeof(object).Assembly.GetType(\"Nabla.Expect\");\ndouble Square(double x) => 0;",
        ["reads-the-grader-channel"] = "var sink = AppContext.GetData(\"Nabla.Expect.Sink\");\ndouble Square(double x) => 0;",
        ["writes-files"] = "System.IO.File.WriteAllText(\"/tmp/grade.json\", \"100\");\ndouble Square(double x) => 0;",
        ["network"] = "var client = new System.Net.Http.HttpClient();\ndouble Square(double x) => 0;",
        ["starts-a-process"] = "System.Diagnostics.Process.Start(\"sh\", \"-c true\");\ndouble Square(double x) => 0;",
        ["dynamic"] = "dynamic d = 1;\ndouble Square(double x) => d;",
        ["unsafe"] = "unsafe double Square(double x)\n{\n    double* p = &x;\n    return 0;\n}",
        ["p-invoke"] = "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();\ndouble Square(double x) => getpid();",
        ["loads-a-package"] = "#r \"nuget: Newtonsoft.Json\"\ndouble Square(double x) => 0;",
        ["switches-kernel"] = "#!bash\necho hi",
        ["kernel-api"] = "var k = Microsoft.DotNet.Interactive.Kernel.Root;\ndouble Square(double x) => 0;",
        ["aliased-reflection"] = "using R = System.Reflection.BindingFlags;\ndouble Square(double x) => (double)R.Public;",
    };

    /// <summary>Submissions that break q1 at run time and answer q2 correctly: each must score exactly q2's 3 points.</summary>
    public static readonly Dictionary<string, string> Isolated = new()
    {
        ["endless-loop"] = "double Square(double x)\n{\n    while (true) { }\n}",
        ["stack-overflow"] = "double Square(double x) => Square(x + 1) + 1;",
        ["out-of-memory"] = "double Square(double x)\n{\n    var hoard = new List<double[]>();\n    while (true) hoard.Add(new double[1 << 24]);\n}",
    };

    public GradedCorpus()
    {
        string source = Path.Combine(Folder.Path, "source", "hw.ipynb");
        GradingAssignment.Source().Save(source, withOutputs: false);
        string release = Path.Combine(Folder.Path, "release");
        var (assignCode, _, assignErr) = NablaCli.Run("assign", source, "--out", release);
        Assert.True(assignCode == 0, assignErr);
        var student = Notebook.Load(Path.Combine(release, "student", "hw.ipynb"));
        string subs = Path.Combine(Folder.Path, "submissions");
        void Save(string name, Notebook notebook) => notebook.Save(Path.Combine(subs, name + ".ipynb"), withOutputs: false);

        Save("correct", GradingAssignment.Answer(student, GradingAssignment.Q1Correct, GradingAssignment.Q2Correct));
        Save("empty", student);
        Save("q2-only", GradingAssignment.Answer(student, null, GradingAssignment.Q2Correct));
        foreach (var (name, q1) in Attacks)
            Save(name, GradingAssignment.Answer(student, q1, null));
        foreach (var (name, q1) in Isolated)
            Save(name, GradingAssignment.Answer(student, q1, GradingAssignment.Q2Correct));

        // Tampering with the cells the grader rebuilds.
        var deleted = GradingAssignment.Answer(student, GradingAssignment.Q1Correct, GradingAssignment.Q2Correct);
        deleted.Cells.RemoveAll(c => c.Id is "q1-tests" or "q2-tests");
        Save("correct-with-tests-deleted", deleted);
        var edited = GradingAssignment.Answer(student, null, null);
        foreach (var cell in edited.Cells.Where(c => c.Id is "q1-tests" or "q2-tests"))
        {
            cell.Source = "Expect.Report(\"q1 square of 3\", 9.0);";
            cell.Metadata["nbgrader"]!["points"] = 100;
        }
        Save("tests-edited-and-points-raised", edited);
        var duplicated = GradingAssignment.Answer(student, GradingAssignment.Q1Correct, null);
        int at = duplicated.Cells.FindIndex(c => c.Id == "q1-solution");
        var copy = Notebook.Parse(duplicated.ToJson(false), "x").Cells[at];
        copy.Id = "q1-solution-copy";
        copy.Source = Stub;
        duplicated.Cells.Insert(at + 1, copy);
        Save("duplicated-solution-last-is-empty", duplicated);
        var moved = GradingAssignment.Answer(student, GradingAssignment.Q1Correct, GradingAssignment.Q2Correct);
        moved.Cells.Add(Cell.Code("double Square(double x) => 0;   // a later cell shadowing the answer"));
        moved.Cells.Reverse();
        Save("cells-reordered-with-a-shadowing-cell", moved);

        File.WriteAllText(Path.Combine(subs, "corrupt.ipynb"), "{ \"cells\": [ not json");
        File.WriteAllText(Path.Combine(subs, "empty-file.ipynb"), "");

        Results = Path.Combine(Folder.Path, "results");
        (Code, Out, Err) = NablaCli.Run(["grade", "--autograder", Path.Combine(release, "autograder"), .. Directory.GetFiles(subs).Order(),
            "--out", Results, "--cell-timeout", "20", "--jobs", "2"]);
    }

    public TempFolder Folder { get; } = new();

    public string Results { get; }

    public int Code { get; }

    public string Out { get; }

    public string Err { get; }

    public JsonNode Result(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Results, name, "results.json")))!;

    public double Score(string name) => (double)Result(name)["score"]!;

    public void Dispose() => Folder.Dispose();
}

public sealed class GradeCommandTests(GradedCorpus corpus) : IClassFixture<GradedCorpus>
{
    public static TheoryData<string> Attacks => [.. GradedCorpus.Attacks.Keys.Append("tests-edited-and-points-raised")];

    public static TheoryData<string> Isolated => [.. GradedCorpus.Isolated.Keys];

    [Fact]
    public void The_correct_submission_scores_full_marks_and_the_empty_one_zero()
    {
        Assert.Equal(5.0, corpus.Score("correct"));
        Assert.Equal(0.0, corpus.Score("empty"));
        Assert.Equal(3.0, corpus.Score("q2-only"));
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public void An_attack_scores_no_more_than_an_empty_submission(string name)
    {
        var result = corpus.Result(name);
        Assert.Equal(0.0, (double)result["score"]!);
        Assert.Equal(5.0, (double)result["max_score"]!);
    }

    [Theory]
    [InlineData("exits", "System.Environment.Exit (ending the process) is not allowed")]
    [InlineData("silences-the-console", "System.Console.SetOut (redirecting the console) is not allowed")]
    [InlineData("reflection", "the namespace System.Reflection is not allowed")]
    [InlineData("reads-the-grader-channel", "System.AppContext (the process's shared settings (the grader's channel lives there)) is not allowed")]
    [InlineData("writes-files", "System.IO.File (file access) is not allowed")]
    [InlineData("network", "the namespace System.Net is not allowed")]
    [InlineData("starts-a-process", "System.Diagnostics.Process (starting processes) is not allowed")]
    [InlineData("dynamic", "dynamic is not allowed")]
    [InlineData("unsafe", "unsafe")]
    [InlineData("p-invoke", "P/Invoke")]
    [InlineData("loads-a-package", "a kernel directive or magic command (#r) is not allowed")]
    [InlineData("switches-kernel", "a kernel directive or magic command (#!) is not allowed")]
    [InlineData("kernel-api", "the namespace Microsoft.DotNet.Interactive is not allowed")]
    [InlineData("reports-for-itself", "Nabla.Expect (the grader's checks (they belong in test cells)) is not allowed")]
    [InlineData("aliased-reflection", "the namespace System.Reflection is not allowed")]
    public void A_policy_violation_names_the_rule_in_the_feedback(string name, string rule)
    {
        string output = (string)corpus.Result(name)["tests"]![0]!["output"]!;
        Assert.Contains("q1-solution: not run: it breaks the grading rules", output);
        Assert.Contains(rule, output);
    }

    [Theory]
    [MemberData(nameof(Isolated))]
    public void A_hang_crash_or_out_of_memory_costs_only_its_question(string name)
    {
        var result = corpus.Result(name);
        Assert.Equal(3.0, (double)result["score"]!);
        Assert.Equal("failed", (string)result["tests"]![0]!["status"]!);
        Assert.Equal("passed", (string)result["tests"]![1]!["status"]!);
    }

    [Fact]
    public void An_endless_loop_is_stopped_at_the_cell_limit_and_named()
    {
        string output = (string)corpus.Result("endless-loop")["tests"]![0]!["output"]!;
        Assert.Contains("q1-solution: stopped: a cell ran past 20 s", output);
    }

    [Fact]
    public void Test_cells_are_rebuilt_from_the_source_and_extra_cells_are_ignored()
    {
        Assert.Equal(5.0, corpus.Score("correct-with-tests-deleted"));
        Assert.Equal(5.0, corpus.Score("cells-reordered-with-a-shadowing-cell"));
        Assert.Equal(2.0, (double)corpus.Result("correct")["tests"]![0]!["max_score"]!);
    }

    [Fact]
    public void Of_duplicated_solution_cells_the_last_counts() =>
        Assert.Equal(0.0, corpus.Score("duplicated-solution-last-is-empty"));

    [Fact]
    public void Unreadable_submissions_are_listed_with_the_reason_and_the_batch_exits_2()
    {
        Assert.Equal(2, corpus.Code);
        Assert.Contains("not a readable notebook: expected JSON", (string)corpus.Result("corrupt")["output"]!);
        Assert.Contains("not a readable notebook", (string)corpus.Result("empty-file")["output"]!);
        string csv = File.ReadAllText(Path.Combine(corpus.Results, "grades.csv"));
        Assert.StartsWith("submission,q1-tests,q2-tests,total,max_score,problem\n", csv.ReplaceLineEndings("\n"));
        Assert.Contains("\ncorrect,2,3,5,5,\n", csv.ReplaceLineEndings("\n"));
        Assert.Contains("\ncorrupt,0,0,0,5,\"not a readable notebook: expected JSON", csv.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Feedback_shows_public_checks_and_only_counts_hidden_ones()
    {
        string empty = File.ReadAllText(Path.Combine(corpus.Results, "empty", "feedback.html"));
        Assert.Contains("q1 square of 3", empty);
        Assert.Contains("Hidden checks: 0 of 2 passed.", empty);
        string correct = File.ReadAllText(Path.Combine(corpus.Results, "correct", "feedback.html"));
        Assert.Contains("Hidden checks: 2 of 2 passed.", correct);
        foreach (string secret in new[] { "square of -4", "q1 squares", "empty sum", "16", "1e6", "BEGIN HIDDEN" })
        {
            Assert.DoesNotContain(secret, correct, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, File.ReadAllText(Path.Combine(corpus.Results, "correct", "results.json")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Results_follow_gradescope_and_record_the_versions()
    {
        var result = corpus.Result("correct");
        Assert.Equal(["q1-tests", "q2-tests"], result["tests"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.All(result["tests"]!.AsArray(), t => Assert.Equal("visible", (string?)t!["visibility"]));
        Assert.True((double)result["execution_time"]! > 0);
        Assert.Equal("0.9.0", (string?)result["extra_data"]!["kit"]);
        Assert.StartsWith(".NET 10", (string?)result["extra_data"]!["runtime"]);
        Assert.StartsWith("10.", (string?)result["extra_data"]!["sdk"]);
        int count = Directory.GetFiles(Path.Combine(corpus.Folder.Path, "submissions")).Length;
        Assert.Contains($"[{count}/{count}]", corpus.Out);
    }
}
