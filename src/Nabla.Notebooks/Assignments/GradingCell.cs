using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>What a cell is for in an assignment, read from the <c>nbgrader</c> cell metadata that nbgrader's Create
/// Assignment toolbar writes (schema version 3), so that nbgrader can author and show Nabla assignments unchanged.</summary>
public enum GradingRole
{
    /// <summary>A cell without <c>nbgrader</c> metadata: kept as the student has it (notes, scratch work).</summary>
    Ordinary,

    /// <summary><c>locked</c>: text or setup the student reads but must not change; rebuilt from the source when grading.</summary>
    Locked,

    /// <summary><c>solution</c>: where the student writes code; its solution regions are stubbed in the student version.</summary>
    Solution,

    /// <summary><c>grade</c>: the tests of one question, worth <see cref="GradingCell.Points"/>; rebuilt from the source when grading.</summary>
    Tests,
}

/// <summary>The nbgrader metadata of one cell of an assignment notebook.</summary>
/// <param name="Role">What the cell is for.</param>
/// <param name="GradeId">nbgrader's <c>grade_id</c>: the cell's name, unique in the notebook (null for an ordinary cell).</param>
/// <param name="Points">The points of a test cell; 0 for the others.</param>
public sealed record GradingCell(GradingRole Role, string? GradeId, double Points)
{
    /// <summary>For a grade cell scored by a saved model's held-out accuracy, how (<see cref="HeldOutScoring"/>); else null.</summary>
    public HeldOutScoring? HeldOut { get; init; }

    /// <summary>The schema version of the nbgrader metadata this kit reads and writes.</summary>
    public const int SchemaVersion = 3;

    /// <summary>Reads the <c>nbgrader</c> metadata of <paramref name="cell"/>, and the kit's <c>nabla.held_out</c> (<see cref="HeldOutScoring"/>); <paramref name="where"/> names the cell in errors.</summary>
    /// <exception cref="AssignmentFormatException">The metadata is not nbgrader's schema 3, or asks for something the kit does not grade.</exception>
    public static GradingCell Of(Cell cell, string sourceName, string where)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var role = Read(cell, sourceName, where);
        return role with
        {
            HeldOut = HeldOutScoring.Of(cell.Metadata, role.Role, role.Points, sourceName, role.GradeId is { } id ? $"{where} ('{id}')" : where),
        };
    }

    /// <summary>The role, id and points from the <c>nbgrader</c> metadata alone.</summary>
    private static GradingCell Read(Cell cell, string sourceName, string where)
    {
        if (cell.Metadata["nbgrader"] is not { } node)
            return new GradingCell(GradingRole.Ordinary, null, 0);
        if (node is not JsonObject meta)
            throw new AssignmentFormatException(sourceName, $"{where}: expected \"nbgrader\" metadata as an object, found {JsonText.Describe(node)}");
        if (meta["schema_version"] is not JsonValue sv || !sv.TryGetValue(out int schema) || schema != SchemaVersion)
            throw new AssignmentFormatException(sourceName,
                $"{where}: expected nbgrader metadata schema_version {SchemaVersion}, found {meta["schema_version"]?.ToJsonString() ?? "none"}");
        bool solution = Flag(meta, "solution", sourceName, where);
        bool grade = Flag(meta, "grade", sourceName, where);
        bool locked = Flag(meta, "locked", sourceName, where);
        if (Flag(meta, "task", sourceName, where))
            throw new AssignmentFormatException(sourceName, $"{where}: is an nbgrader task (graded by hand); Nabla grades only code, expected a solution or a test cell");
        string gradeId = JsonText.String(meta["grade_id"]) is { Length: > 0 } id
            ? id
            : throw new AssignmentFormatException(sourceName, $"{where}: expected a non-empty nbgrader \"grade_id\", found {JsonText.Describe(meta["grade_id"])}");
        if (solution && grade)
            throw new AssignmentFormatException(sourceName,
                $"{where} ('{gradeId}'): is both a solution and a grade cell (an answer graded by hand); Nabla expects the answer in a solution cell and its tests in a separate grade cell");
        if (!grade)
            return new GradingCell(solution ? GradingRole.Solution : locked ? GradingRole.Locked : GradingRole.Ordinary, gradeId, 0);
        if (!cell.IsCode)
            throw new AssignmentFormatException(sourceName, $"{where} ('{gradeId}'): is a grade cell of type {cell.CellType}; expected a code cell of tests");
        if (meta["points"] is not JsonValue pv || !pv.TryGetValue(out double points) || !double.IsFinite(points) || points <= 0)
            throw new AssignmentFormatException(sourceName,
                $"{where} ('{gradeId}'): expected positive nbgrader \"points\" on a grade cell, found {meta["points"]?.ToJsonString() ?? "none"}");
        return new GradingCell(GradingRole.Tests, gradeId, points);
    }

    private static bool Flag(JsonObject meta, string key, string sourceName, string where)
    {
        if (meta[key] is null)
            return false;
        if (meta[key] is JsonValue v && v.TryGetValue(out bool flag))
            return flag;
        throw new AssignmentFormatException(sourceName, $"{where}: expected nbgrader \"{key}\" to be true or false, found {meta[key]!.ToJsonString()}");
    }
}
