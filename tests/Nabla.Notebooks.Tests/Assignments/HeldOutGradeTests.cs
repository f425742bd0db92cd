using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// <see cref="HeldOutAssignment"/> released with its 20 held-out images and five submissions graded in one batch:
/// the score of a held-out question comes from the saved model's accuracy on images the submission never saw,
/// by threshold, and only when the question's own checks pass.
/// </summary>
public sealed class HeldOutCorpus : IDisposable
{
    public HeldOutCorpus()
    {
        string source = Path.Combine(Folder.Path, "source", "classifier.ipynb");
        HeldOutAssignment.Source().Save(source, withOutputs: false);
        string heldOut = Path.Combine(Folder.Path, "fashion");
        HeldOutAssignment.WriteTestFiles(heldOut, [.. Enumerable.Range(0, 20).Select(HeldOutAssignment.Image)]);
        Release = Path.Combine(Folder.Path, "release");
        var (assignCode, _, assignErr) = NablaCli.Run("assign", source, "--out", Release, "--held-out", heldOut);
        Assert.True(assignCode == 0, assignErr);
        var student = Notebook.Load(Path.Combine(Release, "student", "classifier.ipynb"));
        string subs = Path.Combine(Folder.Path, "submissions");
        void Save(string name, Notebook notebook) => notebook.Save(Path.Combine(subs, name + ".ipynb"), withOutputs: false);
        Save("perfect", HeldOutAssignment.Answer(student, HeldOutAssignment.Perfect));
        Save("half", HeldOutAssignment.Answer(student, HeldOutAssignment.Half));
        Save("too-big", HeldOutAssignment.Answer(student, HeldOutAssignment.TooBig));
        Save("three-outputs", HeldOutAssignment.Answer(student, HeldOutAssignment.ThreeOutputs));
        Save("empty", student);
        Results = Path.Combine(Folder.Path, "results");
        (Code, _, Err) = NablaCli.Run(["grade", "--autograder", Path.Combine(Release, "autograder"), .. Directory.GetFiles(subs).Order(),
            "--out", Results, "--jobs", "2"]);
    }

    public TempFolder Folder { get; } = new();

    public string Release { get; }

    public string Results { get; }

    public int Code { get; }

    public string Err { get; }

    /// <summary>The held-out check of a submission's only question.</summary>
    public (double Score, string Output) Question(string name)
    {
        var test = JsonNode.Parse(File.ReadAllText(Path.Combine(Results, name, "results.json")))!["tests"]![0]!;
        return ((double)test["score"]!, (string)test["output"]!);
    }

    public void Dispose() => Folder.Dispose();
}

public sealed class HeldOutGradeTests(HeldOutCorpus corpus) : IClassFixture<HeldOutCorpus>
{
    [Fact]
    public void Every_submission_is_graded()
    {
        Assert.True(corpus.Code == 0, corpus.Err);
    }

    [Fact]
    public void A_model_right_on_every_held_out_image_earns_the_top_threshold()
    {
        var (score, output) = corpus.Question("perfect");
        Assert.Equal(4.0, score);
        Assert.Contains("✓ q1 the kit's data is readable", output, StringComparison.Ordinal);
        Assert.Contains("✓ q1 the held-out images are out of reach", output, StringComparison.Ordinal);
        Assert.Contains("accuracy 1.0000 on 20 held-out images: 4 of 4 points (≥ 0.5: 2 points, ≥ 0.9: 4 points)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_right_on_half_of_them_earns_partial_credit()
    {
        var (score, output) = corpus.Question("half");
        Assert.Equal(2.0, score);
        Assert.Contains("accuracy 0.5000 on 20 held-out images: 2 of 4 points", output, StringComparison.Ordinal);
        string feedback = File.ReadAllText(Path.Combine(corpus.Results, "half", "feedback.html"));
        Assert.Contains("<section class=\"partial\"><h2>q1-tests: 2 / 4 (partial credit)</h2>", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_over_the_size_limit_is_not_loaded()
    {
        var (score, output) = corpus.Question("too-big");
        Assert.Equal(0.0, score);
        Assert.Contains("classifier.nabla has 17,", output, StringComparison.Ordinal);
        Assert.Contains("expected at most 16,777,216", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_question_checks_gate_the_held_out_score()
    {
        var (score, output) = corpus.Question("three-outputs");
        Assert.Equal(0.0, score);
        Assert.Contains("q1 ten scores: expected 10, found 3", output, StringComparison.Ordinal);
        Assert.Contains("not measured: the other checks of this question must pass first", output, StringComparison.Ordinal);
        Assert.Equal(0.0, corpus.Question("empty").Score);
    }

    [Fact]
    public void The_bundle_keeps_the_held_out_images_and_the_data_and_the_student_version_neither()
    {
        string bundle = Path.Combine(corpus.Release, "autograder");
        Assert.True(File.Exists(Path.Combine(bundle, "held-out", "images-idx3-ubyte.gz")));
        Assert.True(File.Exists(Path.Combine(bundle, "data", "fashion-mnist-subset", "t10k-images-idx3-ubyte.gz")));
        Assert.False(Directory.Exists(Path.Combine(bundle, "data", "scripts")));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, "assignment.json")))!;
        Assert.Equal(20, (int)manifest["held_out"]!["images"]!);
        Assert.Equal(0, (int)manifest["held_out"]!["dropped"]!);
        Assert.Equal("classifier.nabla", (string)manifest["questions"]![0]!["held_out"]!["model_file"]!);
        Assert.Equal(["classifier.ipynb"], Directory.GetFiles(Path.Combine(corpus.Release, "student")).Select(Path.GetFileName));
    }
}
