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

    /// <summary>Writes the bundle of <paramref name="assignment"/> into <paramref name="folder"/> (created if needed), each file atomically.</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(Assignment assignment, string folder)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(folder);
        string source = Path.Combine(folder, assignment.Name + ".ipynb");
        string manifest = Path.Combine(folder, ManifestName);
        assignment.Source.Save(source, withOutputs: false);
        AtomicFile.WriteAllText(manifest, Manifest(assignment).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return [source, manifest];
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
            ["questions"] = new JsonArray([.. assignment.Questions.Select(q => (JsonNode)new JsonObject
            {
                ["grade_id"] = q.Tests.GradeId,
                ["cell"] = q.CellIndex + 1,
                ["points"] = q.Tests.Points,
            })]),
        };
    }
}
