namespace Nabla.Notebooks.Tests;

/// <summary>
/// A small assignment whose tests use the kit's checks (Expect), for grading tests: q1 Square (2 points), q2 Sum (3
/// points), each with public and hidden checks; and the ways to fill in its solutions.
/// </summary>
public static class GradingAssignment
{
    public const string Q1Correct = "double Square(double x)\n{\n    return x * x;\n}";
    public const string Q2Correct = "int Sum(int[] xs)\n{\n    return xs.Sum();\n}";

    public static Notebook Source()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.NbFormatMinor = 5;
        notebook.Cells.AddRange(
        [
            AssignmentBuilder.Text("intro", "# Two questions"),
            AssignmentBuilder.With(Cell.Code("#r \"nuget: Nabla.Interactive, 0.9.0\"\nusing Nabla;"), AssignmentBuilder.Nbgrader("setup", locked: true)),
            AssignmentBuilder.Solution("q1-solution", "double Square(double x)\n{\n    // ### BEGIN SOLUTION\n    return x * x;\n    // ### END SOLUTION\n}"),
            AssignmentBuilder.Tests("q1-tests", 2,
                "Expect.Close(\"q1 square of 3\", Square(3), 9);\n// ### BEGIN HIDDEN TESTS\n" +
                "Expect.Close(\"q1 square of -4\", Square(-4), 16);\nExpect.Close(\"q1 squares\", new[] { Square(0.5), Square(1e3) }, new[] { 0.25, 1e6 });\n// ### END HIDDEN TESTS"),
            AssignmentBuilder.Solution("q2-solution", "int Sum(int[] xs)\n{\n    // ### BEGIN SOLUTION\n    return xs.Sum();\n    // ### END SOLUTION\n}"),
            AssignmentBuilder.Tests("q2-tests", 3,
                "Expect.Equal(\"q2 sum of 1 2\", Sum([1, 2]), 3);\n// ### BEGIN HIDDEN TESTS\nExpect.Equal(\"q2 empty sum\", Sum([]), 0);\n// ### END HIDDEN TESTS"),
        ]);
        for (int i = 0; i < notebook.Cells.Count; i++)
            notebook.Cells[i].Id = notebook.Cells[i].Metadata["nbgrader"]!["grade_id"]!.GetValue<string>();
        return notebook;
    }

    /// <summary>The student version with the given code in place of the stubs (null keeps the stub).</summary>
    public static Notebook Answer(Notebook student, string? q1, string? q2)
    {
        var copy = Notebook.Parse(student.ToJson(withOutputs: false), "answer");
        if (q1 is not null)
            copy.Cells.Single(c => c.Id == "q1-solution").Source = q1;
        if (q2 is not null)
            copy.Cells.Single(c => c.Id == "q2-solution").Source = q2;
        return copy;
    }
}
