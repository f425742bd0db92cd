using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// The folder the grader works from and students never see: the instructor notebook (solutions and hidden tests, no
/// outputs) and <c>assignment.json</c>, which names the questions, their points and the kit that made the bundle.
/// Grading rebuilds every non-solution cell of a submission from this source, so a student cannot change a test by
/// editing, deleting or duplicating it.
/// </summary>
public static class AutograderBundle
{
    /// <summary>The manifest's file name inside the bundle.</summary>
    public const string ManifestName = "assignment.json";

    /// <summary>
    /// Writes the bundle of <paramref name="assignment"/> into <paramref name="folder"/> (created if needed), each file
    /// atomically: the source, the manifest, a copy of the kit's data folder (<see cref="KitData"/>) and, when a question
    /// is scored on held-out images, those images (<see cref="HeldOutSet"/>).
    /// </summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="folder">The bundle folder.</param>
    /// <param name="dataFolder">The kit's data folder (<see cref="KitData.Locate"/>).</param>
    /// <param name="heldOutSource">The folder of test images to hold out; required when a question has <see cref="GradingCell.HeldOut"/>.</param>
    /// <returns>The files written (the data copy as its folder).</returns>
    /// <exception cref="GradingSetupException">A held-out question without <paramref name="heldOutSource"/>, or unusable held-out files.</exception>
    public static IReadOnlyList<string> Write(Assignment assignment, string folder, string dataFolder, string? heldOutSource)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(dataFolder);
        var manifestJson = Manifest(assignment);
        var files = new List<string>();
        if (assignment.Questions.FirstOrDefault(q => q.Tests.HeldOut is not null) is { Tests.GradeId: { } scored })
        {
            if (heldOutSource is null)
                throw new GradingSetupException($"'{scored}' is scored on held-out images: expected --held-out FOLDER with Fashion-MNIST's test files " +
                    "(on Debian: apt-get install dataset-fashion-mnist, then --held-out /usr/share/datasets/fashion-mnist), found none");
            var summary = HeldOutSet.Write(heldOutSource, KitData.StudentImages(dataFolder), folder);
            manifestJson["held_out"] = new JsonObject { ["images"] = summary.Images, ["dropped"] = summary.Dropped, ["sha256"] = summary.Sha256 };
            files.Add(Path.Combine(folder, HeldOutSet.FolderName));
        }
        string source = Path.Combine(folder, assignment.Name + ".ipynb");
        string manifest = Path.Combine(folder, ManifestName);
        assignment.Source.Save(source, withOutputs: false);
        AtomicFile.WriteAllText(manifest, manifestJson.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        KitData.CopyInto(dataFolder, folder);
        return [source, manifest, Path.Combine(folder, KitData.FolderName), .. files];
    }

    /// <summary>The manifest: the assignment's name, the kit version, the total points and each question's grade_id, cell and points.</summary>
    public static JsonObject Manifest(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new JsonObject
        {
            ["name"] = assignment.Name,
            ["notebook"] = assignment.Name + ".ipynb",
            ["kit_version"] = typeof(AutograderBundle).Assembly.GetName().Version!.ToString(3),
            ["max_score"] = assignment.MaxScore,
            ["questions"] = new JsonArray([.. assignment.Questions.Select(q => (JsonNode)Question(q.CellIndex, q.Tests))]),
        };
    }

    private static JsonObject Question(int cellIndex, GradingCell tests)
    {
        var question = new JsonObject { ["grade_id"] = tests.GradeId, ["cell"] = cellIndex + 1, ["points"] = tests.Points };
        if (tests.HeldOut is { } scoring)
            question["held_out"] = new JsonObject { ["model_file"] = scoring.ModelFile, ["thresholds"] = scoring.Table() };
        return question;
    }
}
