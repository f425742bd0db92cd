using System.Globalization;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>One step of a <see cref="HeldOutScoring"/> table: a classifier whose held-out accuracy reaches
/// <paramref name="Accuracy"/> earns <paramref name="Points"/>.</summary>
public sealed record HeldOutThreshold(double Accuracy, double Points);

/// <summary>
/// How a grade cell is scored by a trained model instead of by its checks alone: after the submission's notebook has
/// run, the grader loads the model file it saved (<see cref="ModelFile"/>, in the notebook's working folder) in a
/// separate process that runs no student code, measures its accuracy on held-out images the student never had
/// (<see cref="HeldOutSet"/>), and awards the points of the highest threshold reached: partial credit by threshold.
/// The cell's own checks still gate it: when one fails, the question scores 0 and the model is not measured.
/// </summary>
/// <remarks>
/// Written in the grade cell's metadata next to nbgrader's (nbgrader ignores it):
/// <code>"nabla": {"held_out": {"model_file": "fashion-classifier.nabla",
///                          "thresholds": [{"accuracy": 0.75, "points": 1}, ..., {"accuracy": 0.84, "points": 4}]}}</code>
/// Thresholds rise in both accuracy and points, and the last one's points are the cell's points.
/// </remarks>
/// <param name="ModelFile">The model file's name, in the notebook's working folder (a plain name, no folders).</param>
/// <param name="Thresholds">The table, ascending.</param>
public sealed record HeldOutScoring(string ModelFile, IReadOnlyList<HeldOutThreshold> Thresholds)
{
    /// <summary>The cell-metadata key of the kit's own settings.</summary>
    public const string MetadataKey = "nabla";

    /// <summary>The name of the held-out check in results and feedback.</summary>
    public const string CheckName = "held-out accuracy";

    /// <summary>The points earned at <paramref name="accuracy"/>: those of the highest threshold reached, else 0.</summary>
    public double PointsFor(double accuracy) =>
        Thresholds.LastOrDefault(t => accuracy >= t.Accuracy)?.Points ?? 0;

    /// <summary>The table as text: "≥ 0.75: 1 point, ≥ 0.80: 2 points, ...".</summary>
    public string Table() => string.Join(", ", Thresholds.Select(t =>
        $"≥ {t.Accuracy.ToString("0.###", CultureInfo.InvariantCulture)}: {t.Points.ToString("0.###", CultureInfo.InvariantCulture)} point{(t.Points == 1 ? "" : "s")}"));

    /// <summary>Reads <c>nabla.held_out</c> from a cell's metadata; null when the cell has none.</summary>
    /// <param name="metadata">The cell's metadata.</param>
    /// <param name="role">The cell's role: only a grade cell may be scored this way.</param>
    /// <param name="points">The cell's nbgrader points, which the last threshold must award.</param>
    /// <param name="sourceName">The notebook's file name, for errors.</param>
    /// <param name="where">The cell, for errors.</param>
    /// <exception cref="AssignmentFormatException">The settings are malformed; the message says what was expected and found.</exception>
    public static HeldOutScoring? Of(JsonObject metadata, GradingRole role, double points, string sourceName, string where)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (JsonText.At(metadata, MetadataKey, "held_out") is not { } node)
            return null;
        AssignmentFormatException Bad(string problem) => new(sourceName, $"{where}: {problem}");
        if (role != GradingRole.Tests)
            throw Bad("has \"nabla\": {\"held_out\": ...} but is not a grade cell; expected it on the grade cell whose points it awards");
        if (node is not JsonObject spec)
            throw Bad($"expected \"held_out\" to be an object, found {JsonText.Describe(node)}");
        string model = JsonText.String(spec["model_file"]) is { Length: > 0 } name
            && name.IndexOfAny(['/', '\\']) < 0 && name is not "." and not ".."
            ? name
            : throw Bad($"expected \"model_file\" to be a plain file name such as \"model.nabla\" (no folders), found {JsonText.Describe(spec["model_file"])}");
        if (spec["thresholds"] is not JsonArray rows || rows.Count == 0)
            throw Bad($"expected \"thresholds\" to be a non-empty array of {{\"accuracy\", \"points\"}}, found {JsonText.Describe(spec["thresholds"])}");
        var thresholds = new List<HeldOutThreshold>();
        foreach (var row in rows)
        {
            double accuracy = Number(row, "accuracy"), earned = Number(row, "points");
            if (!(accuracy is > 0 and <= 1) || !(earned > 0))
                throw Bad($"expected each threshold to have an accuracy in (0, 1] and positive points, found {row?.ToJsonString() ?? "null"}");
            if (thresholds.Count > 0 && (accuracy <= thresholds[^1].Accuracy || earned <= thresholds[^1].Points))
                throw Bad($"expected thresholds rising in both accuracy and points, found {row!.ToJsonString()} after {{\"accuracy\": {thresholds[^1].Accuracy}, \"points\": {thresholds[^1].Points}}}");
            thresholds.Add(new HeldOutThreshold(accuracy, earned));
        }
        if (thresholds[^1].Points != points)
            throw Bad($"expected the last threshold to award the cell's {points} points, found {thresholds[^1].Points}");
        return new HeldOutScoring(model, thresholds);
    }

    private static double Number(JsonNode? row, string key) =>
        row is JsonObject o && o[key] is JsonValue v && v.TryGetValue(out double x) ? x : double.NaN;
}
