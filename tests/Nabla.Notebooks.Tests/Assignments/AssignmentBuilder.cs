using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>Writes small instructor notebooks with nbgrader metadata, as nbgrader's Create Assignment toolbar sets it.</summary>
public static class AssignmentBuilder
{
    /// <summary>nbgrader's metadata for a cell.</summary>
    public static JsonObject Nbgrader(string gradeId, bool solution = false, bool grade = false, bool locked = false, double? points = null)
    {
        var meta = new JsonObject
        {
            ["grade"] = grade,
            ["grade_id"] = gradeId,
            ["locked"] = locked,
            ["schema_version"] = 3,
            ["solution"] = solution,
            ["task"] = false,
        };
        if (points is { } p)
            meta["points"] = p;
        return meta;
    }

    public static Cell Setup() => With(Cell.Code("var seed = 17;"), Nbgrader("setup", locked: true));

    public static Cell Text(string id, string markdown) => With(Cell.Markdown(markdown), Nbgrader(id, locked: true));

    public static Cell Solution(string id, string code) => With(Cell.Code(code), Nbgrader(id, solution: true));

    public static Cell Tests(string id, double points, string code) => With(Cell.Code(code), Nbgrader(id, grade: true, locked: true, points: points));

    public static Cell With(Cell cell, JsonObject nbgrader)
    {
        cell.Metadata["nbgrader"] = nbgrader;
        return cell;
    }

    /// <summary>A two-question assignment: a square function (2 points) and a sum (3 points), each with public and hidden tests.</summary>
    public static Notebook TwoQuestions()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.NbFormatMinor = 5;
        notebook.Cells.AddRange(
        [
            Text("intro", "# Two questions"),
            Setup(),
            Text("q1-text", "Write `Square`."),
            Solution("q1-solution", "double Square(double x)\n{\n    // ### BEGIN SOLUTION\n    return x * x;\n    // ### END SOLUTION\n}"),
            Tests("q1-tests", 2, "if (Square(3) != 9) throw new Exception(\"public q1\");\n// ### BEGIN HIDDEN TESTS\nif (Square(-4) != 16) throw new Exception(\"hidden q1 secret-1\");\n// ### END HIDDEN TESTS"),
            Solution("q2-solution", "int Sum(int[] xs)\n{\n    // ### BEGIN SOLUTION\n    int s = 0;\n    foreach (var v in xs) s += v;\n    return s;\n    // ### END SOLUTION\n}"),
            Tests("q2-tests", 3, "if (Sum([1, 2]) != 3) throw new Exception(\"public q2\");\n// ### BEGIN HIDDEN TESTS\nif (Sum([]) != 0) throw new Exception(\"hidden q2 secret-2\");\n// ### END HIDDEN TESTS"),
            Cell.Markdown("Notes without nbgrader metadata."),
        ]);
        for (int i = 0; i < notebook.Cells.Count; i++)
            notebook.Cells[i].Id = $"id-{i}";
        return notebook;
    }
}
