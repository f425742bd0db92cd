using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// Assignment 3 (the Fashion-MNIST classifier) released with the official test images held out (Debian's
/// dataset-fashion-mnist, installed by .ci/run) and graded: the instructor's solution, the untouched student
/// version, a network trained for one epoch, and a network over the parameter budget.
/// </summary>
public sealed class GradedClassifiers : IDisposable
{
    public GradedClassifiers()
    {
        string source = Path.Combine(TestRepo.Root, "notebooks", "assignments", "03-fashion-classifier.ipynb");
        string release = Path.Combine(Folder.Path, "release");
        var (assignCode, _, assignErr) = NablaCli.Run("assign", source, "--out", release, "--held-out", ValidateCommandTests.FashionMnistTestFiles);
        Assert.True(assignCode == 0, assignErr);
        string subs = Path.Combine(Folder.Path, "submissions");
        Directory.CreateDirectory(subs);
        File.Copy(source, Path.Combine(subs, "solution.ipynb"));
        File.Copy(Path.Combine(release, "student", "03-fashion-classifier.ipynb"), Path.Combine(subs, "student-version.ipynb"));
        string text = File.ReadAllText(source);
        File.WriteAllText(Path.Combine(subs, "one-epoch.ipynb"), Replace(text, "Epochs = 20", "Epochs = 1"));
        File.WriteAllText(Path.Combine(subs, "over-budget.ipynb"),
            Replace(Replace(text, "new Linear(784, 144,", "new Linear(784, 200,"), "new Linear(144, 10,", "new Linear(200, 10,"));
        Results = Path.Combine(Folder.Path, "results");
        (Code, _, Err) = NablaCli.Run(["grade", "--autograder", Path.Combine(release, "autograder"), .. Directory.GetFiles(subs).Order(),
            "--out", Results, "--jobs", "2"]);
    }

    public TempFolder Folder { get; } = new();

    public string Results { get; }

    public int Code { get; }

    public string Err { get; }

    /// <summary>Each question's score, by grade_id.</summary>
    public Dictionary<string, double> Scores(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Results, name, "results.json")))!["tests"]!.AsArray()
            .ToDictionary(t => (string)t!["name"]!, t => (double)t!["score"]!);

    public string Output(string name, string question) =>
        (string)JsonNode.Parse(File.ReadAllText(Path.Combine(Results, name, "results.json")))!["tests"]!.AsArray()
            .Single(t => (string)t!["name"]! == question)!["output"]!;

    public void Dispose() => Folder.Dispose();

    private static string Replace(string text, string old, string replacement) =>
        text.Contains(old, StringComparison.Ordinal) ? text.Replace(old, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"expected \"{old}\" in the solution, found none");
}

public sealed class ClassifierAssignmentTests(GradedClassifiers graded) : IClassFixture<GradedClassifiers>
{
    [Fact]
    public void The_solution_scores_full_marks_on_8000_held_out_images_and_the_student_version_nothing()
    {
        Assert.True(graded.Code == 0, graded.Err);
        Assert.Equal(10.0, graded.Scores("solution").Values.Sum());
        Assert.Contains("on 8,000 held-out images: 4 of 4 points", graded.Output("solution", "q4-tests"), StringComparison.Ordinal);
        Assert.Equal(0.0, graded.Scores("student-version").Values.Sum());
    }

    [Fact]
    public void One_epoch_of_training_earns_partial_credit_on_the_held_out_images()
    {
        var scores = graded.Scores("one-epoch");
        Assert.Equal((2.0, 2.0, 0.0), (scores["q1-tests"], scores["q2-tests"], scores["q3-tests"]));   // validation accuracy under 0.80
        Assert.InRange(scores["q4-tests"], 1.0, 3.0);
        Assert.Matches(@"accuracy 0\.7\d{3} on 8,000 held-out images: [12] of 4 points", graded.Output("one-epoch", "q4-tests"));
    }

    [Fact]
    public void A_network_over_the_parameter_budget_earns_nothing_for_it_however_accurate()
    {
        var scores = graded.Scores("over-budget");
        Assert.Equal(2.0, scores["q1-tests"]);
        Assert.Equal((0.0, 0.0, 0.0), (scores["q2-tests"], scores["q3-tests"], scores["q4-tests"]));
        Assert.Contains("✗ q4 parameter budget", graded.Output("over-budget", "q4-tests"), StringComparison.Ordinal);
        Assert.Contains("not measured: the other checks of this question must pass first", graded.Output("over-budget", "q4-tests"), StringComparison.Ordinal);
    }
}
