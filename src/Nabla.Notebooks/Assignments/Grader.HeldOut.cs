using System.Globalization;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>Scoring saved models on held-out images (<see cref="HeldOutScoring"/>).</summary>
public sealed partial class Grader
{
    /// <summary>The largest model file the grader scores: 16 MiB, about two million float64 weights.</summary>
    public const long MaxModelBytes = 16L * 1024 * 1024;

    /// <summary>The model's file name in the scoring run's working folder.</summary>
    private const string ScoredModel = "model.nabla";

    /// <summary>
    /// Measures the model that each held-out question's notebook saved in <paramref name="work"/> (the finished run's
    /// working folder), by cell index, for the questions whose own checks all passed in <paramref name="run"/> (the
    /// others score 0 whatever the accuracy, so they cost no scoring run). Each measurement is a fresh sandboxed run
    /// that holds only trusted code, the engine, a copy of the model file and the held-out images: nothing the
    /// submission ran can reach it.
    /// </summary>
    private async Task<Dictionary<int, (double? Accuracy, string Problem)>> MeasureHeldOutAsync(NotebookRunResult run, string work, string name, CancellationToken cancellationToken)
    {
        var measured = new Dictionary<int, (double?, string)>();
        foreach (var (index, tests) in Assignment.Questions)
        {
            if (tests.HeldOut is { } scoring && Judge(index, run, null).All(c => c.Passed))
                measured[index] = await MeasureAsync(scoring, Path.Combine(work, scoring.ModelFile), name, cancellationToken);
        }
        return measured;
    }

    private async Task<(double? Accuracy, string Problem)> MeasureAsync(HeldOutScoring scoring, string modelPath, string name, CancellationToken cancellationToken)
    {
        var file = new FileInfo(modelPath);
        if (!file.Exists)
            return (null, $"no model to score: expected the notebook to save {scoring.ModelFile} in its working folder, found no such file");
        if (file.LinkTarget is not null)
            return (null, $"{scoring.ModelFile} is a link; expected the model file itself");
        if (file.Length > MaxModelBytes)
            return (null, $"{scoring.ModelFile} has {file.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected at most {MaxModelBytes.ToString("N0", CultureInfo.InvariantCulture)} (about two million weights)");
        string home = Path.Combine(_options.ScratchFolder, $"{Safe(name)}-held-out-home-{Interlocked.Increment(ref _runs)}");
        CopyFolder(_templateHome, home);        // a fresh home: nothing the submission wrote into its own is reused
        string heldOut = Path.Combine(_bundleFolder, HeldOutSet.FolderName);
        NotebookRunResult run;
        try
        {
            (run, _) = await RunAsync(ScoringNotebook(heldOut), Safe(name) + "-held-out", home, cancellationToken,
                heldOut, folder => File.Copy(modelPath, Path.Combine(folder, ScoredModel)));
        }
        catch (InvalidOperationException e)
        {
            return (null, $"the scoring run could not start: {e.Message.Split('\n')[0]}");
        }
        if (run.TimedOut)
            return (null, $"scoring {scoring.ModelFile} ran past {_options.Limits.CellSeconds.ToString(CultureInfo.InvariantCulture)} s");
        if (run.Errors.FirstOrDefault() is { } error)
            return (null, $"{scoring.ModelFile} could not be scored: {error.Message.Split('\n')[0]}");
        var found = run.Checks.Select(c => JsonNode.Parse(c.Json)).FirstOrDefault(m => (string?)m?["name"] == HeldOutScoring.CheckName)?["found"];
        return found is JsonValue v && v.TryGetValue(out double accuracy)
            ? (accuracy, "")
            : (null, "the scoring run reported no accuracy");
    }

    /// <summary>
    /// The trusted notebook that scores <c>model.nabla</c>: the engine's own loader (which checks the file's header,
    /// length, checksum and weights) and the same accuracy as the assignment's preview,
    /// <c>Trainer.Evaluate(...).Accuracy</c>, on the held-out images.
    /// </summary>
    private static Notebook ScoringNotebook(string heldOut)
    {
        string Verbatim(string path) => "@\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(new Cell { Id = "load", Source = $"#r \"nuget: Nabla, {KitVersion}\"" });
        notebook.Cells.Add(new Cell
        {
            Id = "score",
            Source = $$"""
                var model = Nabla.Sequential.Load("{{ScoredModel}}");
                var heldOut = Nabla.FashionMnist.ToDataset(
                    Nabla.Idx.ReadImages({{Verbatim(Path.Combine(heldOut, HeldOutSet.ImagesName))}}),
                    Nabla.Idx.ReadLabels({{Verbatim(Path.Combine(heldOut, HeldOutSet.LabelsName))}}), "held-out");
                Nabla.Expect.Report("{{HeldOutScoring.CheckName}}", Nabla.Trainer.Evaluate(model, heldOut, Nabla.TrainingLosses.CrossEntropy).Accuracy!.Value);
                """,
        });
        return notebook;
    }

    /// <summary>The held-out check of a question whose other checks gave <paramref name="gatePassed"/>, and the points it earns.</summary>
    private (CheckVerdict Verdict, double Points) HeldOutVerdict(HeldOutScoring scoring, double maxPoints, bool gatePassed, (double? Accuracy, string Problem)? measured)
    {
        string Points(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        if (!gatePassed)
            return (new CheckVerdict(HeldOutScoring.CheckName, false, false, "not measured: the other checks of this question must pass first"), 0);
        if (measured is not { Accuracy: { } accuracy })
            return (new CheckVerdict(HeldOutScoring.CheckName, false, false, measured?.Problem ?? "not measured: the notebook did not finish"), 0);
        double points = scoring.PointsFor(accuracy);
        string message = $"accuracy {accuracy.ToString("0.0000", CultureInfo.InvariantCulture)} on {_heldOutImages.ToString("N0", CultureInfo.InvariantCulture)} held-out images: " +
            $"{Points(points)} of {Points(maxPoints)} points ({scoring.Table()})";
        return (new CheckVerdict(HeldOutScoring.CheckName, false, points == maxPoints, message), points);
    }
}
