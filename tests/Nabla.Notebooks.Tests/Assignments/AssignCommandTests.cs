using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

public sealed class AssignCommandTests
{
    private static (int Code, string Out, string Err) Assign(string source, string output) => NablaCli.Run("assign", source, "--out", output);

    private static string WriteSource(TempFolder folder, Notebook notebook, string name = "hw1.ipynb")
    {
        string path = Path.Combine(folder.Path, "source", name);
        notebook.Save(path, withOutputs: false);
        return path;
    }

    [Fact]
    public void The_student_version_stubs_solutions_drops_hidden_tests_and_keeps_ids_and_metadata()
    {
        using var folder = new TempFolder();
        var source = AssignmentBuilder.TwoQuestions();
        source.Cells[4].Outputs.Add(CellOutput.Stream("stdout", "instructor run output"));
        source.Cells[4].ExecutionCount = 4;
        string sourcePath = WriteSource(folder, source);
        string release = Path.Combine(folder.Path, "release");

        var (code, stdout, stderr) = Assign(sourcePath, release);

        Assert.True(code == 0, stderr);
        Assert.Contains("hw1: 2 graded questions, 5 points", stdout);
        string studentPath = Path.Combine(release, "student", "hw1.ipynb");
        var student = Notebook.Load(studentPath);
        Assert.Equal(source.Cells.Select(c => c.Id), student.Cells.Select(c => c.Id));
        Assert.Equal(source.Cells.Select(c => c.Metadata.ToJsonString()), student.Cells.Select(c => c.Metadata.ToJsonString()));
        Assert.Equal("double Square(double x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}", student.Cells[3].Source);
        Assert.Equal("if (Square(3) != 9) throw new Exception(\"public q1\");", student.Cells[4].Source);
        Assert.Equal("if (Sum([1, 2]) != 3) throw new Exception(\"public q2\");", student.Cells[6].Source);
        Assert.Equal(source.Cells[1].Source, student.Cells[1].Source);
        Assert.All(student.Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.All(student.Cells.Where(c => c.IsCode), c => Assert.Null(c.ExecutionCount));
        string text = File.ReadAllText(studentPath);
        foreach (string secret in new[] { "x * x", "s += v", "secret-1", "secret-2", "HIDDEN", "BEGIN SOLUTION", "instructor run output" })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_autograder_bundle_holds_the_whole_source_and_a_manifest_of_the_questions()
    {
        using var folder = new TempFolder();
        var source = AssignmentBuilder.TwoQuestions();
        string sourcePath = WriteSource(folder, source);
        string release = Path.Combine(folder.Path, "release");

        Assert.Equal(0, Assign(sourcePath, release).Code);

        var copy = Notebook.Load(Path.Combine(release, "autograder", "hw1.ipynb"));
        Assert.Equal(source.Cells.Select(c => c.Source), copy.Cells.Select(c => c.Source));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(release, "autograder", "assignment.json")))!;
        Assert.Equal("hw1", (string?)manifest["name"]);
        Assert.Equal(5.0, (double)manifest["max_score"]!);
        var questions = manifest["questions"]!.AsArray();
        Assert.Equal(["q1-tests", "q2-tests"], questions.Select(q => (string?)q!["grade_id"]));
        Assert.Equal([5, 7], questions.Select(q => (int)q!["cell"]!));
        Assert.Equal([2.0, 3.0], questions.Select(q => (double)q!["points"]!));
        Assert.False(Directory.Exists(Path.Combine(release, "student", "autograder")));
    }

    [Fact]
    public void Assigning_twice_gives_the_same_files()
    {
        using var folder = new TempFolder();
        string sourcePath = WriteSource(folder, AssignmentBuilder.TwoQuestions());
        string release = Path.Combine(folder.Path, "release");
        Assert.Equal(0, Assign(sourcePath, release).Code);
        var first = Directory.GetFiles(release, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText).ToList();
        Assert.Equal(0, Assign(sourcePath, release).Code);
        Assert.Equal(first, Directory.GetFiles(release, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText));
    }

    public static TheoryData<string, Action<Notebook>, string> BadSources => new()
    {
        { "unclosed solution", nb => nb.Cells[3].Source = "double Square(double x)\n{\n    // ### BEGIN SOLUTION\n    return x * x;\n}",
            "hw1.ipynb: cell 4 ('q1-solution'): expected // ### END SOLUTION after the // ### BEGIN SOLUTION of line 3, found the end of the cell" },
        { "solution without a region", nb => nb.Cells[5].Source = "int Sum(int[] xs) => xs.Sum();",
            "hw1.ipynb: cell 6 ('q2-solution'): a solution cell expected at least one // ### BEGIN SOLUTION ... // ### END SOLUTION region, found none" },
        { "duplicate grade_id", nb => nb.Cells[6].Metadata["nbgrader"]!["grade_id"] = "q1-tests",
            "hw1.ipynb: cell 7: expected a unique grade_id, found 'q1-tests' again (first on cell 5)" },
        { "grade cell without points", nb => nb.Cells[4].Metadata["nbgrader"]!.AsObject().Remove("points"),
            "hw1.ipynb: cell 5 ('q1-tests'): expected positive nbgrader \"points\" on a grade cell, found none" },
        { "negative points", nb => nb.Cells[4].Metadata["nbgrader"]!["points"] = -1,
            "hw1.ipynb: cell 5 ('q1-tests'): expected positive nbgrader \"points\" on a grade cell, found -1" },
        { "old schema", nb => nb.Cells[1].Metadata["nbgrader"]!["schema_version"] = 1,
            "hw1.ipynb: cell 2: expected nbgrader metadata schema_version 3, found 1" },
        { "hidden tests in a locked cell", nb => nb.Cells[1].Source = "// ### BEGIN HIDDEN TESTS\n// ### END HIDDEN TESTS",
            "hw1.ipynb: cell 2 ('setup'): found region markers in a locked code cell; expected solution regions only in solution code cells and hidden tests only in grade cells" },
        { "no grade cell", nb => nb.Cells.RemoveAll(c => c.Metadata["nbgrader"]?["grade"]?.GetValue<bool>() == true),
            "hw1.ipynb: expected at least one grade cell (nbgrader \"grade\": true with points), found none" },
        { "answer graded by hand", nb => nb.Cells[4].Metadata["nbgrader"]!["solution"] = true,
            "hw1.ipynb: cell 5 ('q1-tests'): is both a solution and a grade cell (an answer graded by hand); Nabla expects the answer in a solution cell and its tests in a separate grade cell" },
        { "held-out scoring on a locked cell", nb => nb.Cells[1].Metadata["nabla"] = HeldOut("m.nabla", (0.9, 2)),
            "hw1.ipynb: cell 2 ('setup'): has \"nabla\": {\"held_out\": ...} but is not a grade cell; expected it on the grade cell whose points it awards" },
        { "held-out model in a folder", nb => nb.Cells[4].Metadata["nabla"] = HeldOut("../m.nabla", (0.9, 2)),
            "hw1.ipynb: cell 5 ('q1-tests'): expected \"model_file\" to be a plain file name such as \"model.nabla\" (no folders), found the string \"../m.nabla\"" },
        { "held-out thresholds falling", nb => nb.Cells[4].Metadata["nabla"] = HeldOut("m.nabla", (0.9, 1), (0.8, 2)),
            "hw1.ipynb: cell 5 ('q1-tests'): expected thresholds rising in both accuracy and points, found {\"accuracy\":0.8,\"points\":2} after {\"accuracy\": 0.9, \"points\": 1}" },
        { "held-out accuracy above 1", nb => nb.Cells[4].Metadata["nabla"] = HeldOut("m.nabla", (90, 2)),
            "hw1.ipynb: cell 5 ('q1-tests'): expected each threshold to have an accuracy in (0, 1] and positive points, found {\"accuracy\":90,\"points\":2}" },
        { "held-out table short of the points", nb => nb.Cells[4].Metadata["nabla"] = HeldOut("m.nabla", (0.8, 1)),
            "hw1.ipynb: cell 5 ('q1-tests'): expected the last threshold to award the cell's 2 points, found 1" },
        { "held-out question without held-out images", nb => nb.Cells[4].Metadata["nabla"] = HeldOut("m.nabla", (0.8, 2)),
            "'q1-tests' is scored on held-out images: expected --held-out FOLDER with Fashion-MNIST's test files (on Debian: apt-get install dataset-fashion-mnist, then --held-out /usr/share/datasets/fashion-mnist), found none" },
    };

    private static JsonObject HeldOut(string model, params (double Accuracy, double Points)[] thresholds) => new()
    {
        ["held_out"] = new JsonObject
        {
            ["model_file"] = model,
            ["thresholds"] = new JsonArray([.. thresholds.Select(t => (JsonNode)new JsonObject { ["accuracy"] = t.Accuracy, ["points"] = t.Points })]),
        },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void A_bad_source_is_refused_with_the_cell_and_nothing_is_written(string why, Action<Notebook> spoil, string message)
    {
        using var folder = new TempFolder();
        var source = AssignmentBuilder.TwoQuestions();
        spoil(source);
        string sourcePath = WriteSource(folder, source);
        string release = Path.Combine(folder.Path, "release");

        var (code, _, stderr) = Assign(sourcePath, release);

        Assert.True(code == 1, why);
        Assert.Equal($"nabla assign: {message}", stderr.Trim());
        Assert.False(Directory.Exists(release), why);
    }

    [Fact]
    public void A_corrupt_or_missing_source_is_a_usage_error()
    {
        using var folder = new TempFolder();
        string corrupt = folder.Write("broken.ipynb", "{ \"cells\": [");
        var (code, _, stderr) = Assign(corrupt, Path.Combine(folder.Path, "out"));
        Assert.Equal(1, code);
        Assert.StartsWith($"nabla assign: {corrupt}: expected JSON, found a syntax error", stderr);

        (code, _, stderr) = Assign(Path.Combine(folder.Path, "missing.ipynb"), Path.Combine(folder.Path, "out"));
        Assert.Equal(1, code);
        Assert.Contains("expected a readable notebook file", stderr);
    }

    [Fact]
    public void An_out_folder_that_would_overwrite_the_source_is_refused_and_the_source_is_kept()
    {
        using var folder = new TempFolder();
        string studentFolder = Path.Combine(folder.Path, "release", "student");
        Directory.CreateDirectory(studentFolder);
        string sourcePath = Path.Combine(studentFolder, "hw1.ipynb");
        AssignmentBuilder.TwoQuestions().Save(sourcePath, withOutputs: false);
        string before = File.ReadAllText(sourcePath);

        var (code, _, stderr) = Assign(sourcePath, Path.Combine(folder.Path, "release"));

        Assert.Equal(1, code);
        Assert.Contains("--out expects a folder whose student/ and autograder/ do not hold the source", stderr);
        Assert.Equal(before, File.ReadAllText(sourcePath));
    }
}
