namespace Nabla.Notebooks;

/// <summary>
/// One assignment: the instructor's notebook, with the solutions and all the tests, and the role of each of its cells
/// (<see cref="GradingCell"/>). Loading checks everything the student version and the grader rely on, so that a
/// mistake in the source is reported once, with the cell it is in, before anything is handed out.
/// </summary>
public sealed class Assignment
{
    private Assignment(string sourcePath, Notebook source, IReadOnlyList<GradingCell> roles)
    {
        SourcePath = sourcePath;
        Source = source;
        Roles = roles;
    }

    /// <summary>The instructor notebook's path.</summary>
    public string SourcePath { get; }

    /// <summary>The assignment's name: the source file's name without <c>.ipynb</c>; the student notebook has the same name.</summary>
    public string Name => Path.GetFileNameWithoutExtension(SourcePath);

    /// <summary>The instructor notebook, as loaded.</summary>
    public Notebook Source { get; }

    /// <summary>The role of each cell, aligned with <see cref="Notebook.Cells"/> of <see cref="Source"/>.</summary>
    public IReadOnlyList<GradingCell> Roles { get; }

    /// <summary>The graded questions: the test cells in notebook order, each with its cell index.</summary>
    public IEnumerable<(int CellIndex, GradingCell Tests)> Questions =>
        Roles.Select((r, i) => (i, r)).Where(p => p.r.Role == GradingRole.Tests);

    /// <summary>The most points a submission can score: the sum of the test cells' points.</summary>
    public double MaxScore => Questions.Sum(q => q.Tests.Points);

    /// <summary>Loads and checks an instructor notebook.</summary>
    /// <exception cref="NotebookFormatException">The file is not an nbformat 4 notebook.</exception>
    /// <exception cref="AssignmentFormatException">It is a notebook, but not a valid assignment (the message names the cell).</exception>
    public static Assignment Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        var notebook = Notebook.Load(full);
        string name = Path.GetFileName(full);
        var roles = new List<GradingCell>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            string where = $"cell {i + 1}";
            var role = GradingCell.Of(cell, name, where);
            if (role.GradeId is { } id)
            {
                if (seen.TryGetValue(id, out int first))
                    throw new AssignmentFormatException(name, $"{where}: expected a unique grade_id, found '{id}' again (first on cell {first + 1})");
                seen[id] = i;
                where += $" ('{id}')";
            }
            CheckRegions(cell, role, name, where);
            roles.Add(role);
        }
        var assignment = new Assignment(full, notebook, roles);
        if (!assignment.Questions.Any())
            throw new AssignmentFormatException(name, "expected at least one grade cell (nbgrader \"grade\": true with points), found none");
        return assignment;
    }

    /// <summary>
    /// The notebook handed to students, made as nbgrader makes its student versions: solution regions stubbed
    /// (<see cref="SourceRegions.StubSolutions"/>), hidden tests removed, and everything else (cell ids, every cell's
    /// metadata, nbgrader's included, the notebook metadata) kept. Save it without outputs.
    /// </summary>
    public Notebook StudentVersion()
    {
        var student = Notebook.Parse(Source.ToJson(withOutputs: false), SourcePath);
        for (int i = 0; i < student.Cells.Count; i++)
        {
            var cell = student.Cells[i];
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
            cell.Source = (Roles[i].Role, cell.IsCode) switch
            {
                (GradingRole.Solution, true) => SourceRegions.StubSolutions(cell.Source),
                (GradingRole.Solution, false) => "YOUR ANSWER HERE",
                (GradingRole.Tests, _) => SourceRegions.RemoveHiddenTests(cell.Source),
                _ => cell.Source,
            };
        }
        return student;
    }

    private static void CheckRegions(Cell cell, GradingCell role, string name, string where)
    {
        if (!SourceRegions.HasMarkers(cell.Source))
        {
            if (role.Role == GradingRole.Solution && cell.IsCode)
                throw new AssignmentFormatException(name,
                    $"{where}: a solution cell expected at least one {SourceRegions.BeginSolution} ... {SourceRegions.EndSolution} region, found none");
            return;
        }
        try
        {
            _ = role.Role switch
            {
                GradingRole.Solution when cell.IsCode => SourceRegions.StubSolutions(cell.Source),
                GradingRole.Tests => SourceRegions.RemoveHiddenTests(cell.Source),
                _ => throw new FormatException(
                    $"found region markers in a {(role.Role == GradingRole.Ordinary ? "cell without nbgrader metadata" : $"{role.Role.ToString().ToLowerInvariant()} {cell.CellType} cell")}; " +
                    "expected solution regions only in solution code cells and hidden tests only in grade cells"),
            };
        }
        catch (FormatException e)
        {
            throw new AssignmentFormatException(name, $"{where}: {e.Message}");
        }
    }
}
