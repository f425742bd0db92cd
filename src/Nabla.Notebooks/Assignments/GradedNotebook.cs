namespace Nabla.Notebooks;

/// <summary>
/// The notebook the grader runs for one submission, rebuilt from the instructor's source: every cell except the
/// solutions comes from the source (so deleting, editing, duplicating or moving a test or setup cell changes
/// nothing), each test cell sits right after its question (so a later cell cannot shadow a name the tests use), and
/// each test cell is its probe (<see cref="ProbeRewriter"/>). Only the student's solution cells are taken, matched by
/// nbgrader's <c>grade_id</c>; of duplicates the last one counts; a missing one, or one that breaks the
/// <see cref="CodePolicy"/>, is replaced by the stub of the student version, so its questions fail alone.
/// </summary>
/// <param name="Notebook">The notebook to run, cell for cell aligned with the source.</param>
/// <param name="Notes">What the grader did with the submission's cells, in words for the feedback, by solution grade_id.</param>
public sealed record GradedNotebook(Notebook Notebook, IReadOnlyDictionary<string, string> Notes)
{
    /// <summary>The instructor's notebook with the hidden tests unmarked and the checks intact: the run that records the expected values.</summary>
    public static Notebook Reference(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var notebook = Copy(assignment.Source);
        foreach (var (index, _) in assignment.Questions)
            notebook.Cells[index].Source = SourceRegions.UnmarkHiddenTests(notebook.Cells[index].Source);
        return notebook;
    }

    /// <summary>Rebuilds <paramref name="submission"/> (null when it could not be read as a notebook) for grading.</summary>
    /// <param name="assignment">The instructor's assignment.</param>
    /// <param name="submission">The student's notebook.</param>
    /// <param name="stopped">Solutions to replace by the stub whatever they contain, with the reason (after they hung or crashed a run).</param>
    /// <param name="policy">The policy check of one solution given the code cells before it; returns the rules broken.</param>
    public static GradedNotebook ForSubmission(
        Assignment assignment, Notebook? submission, IReadOnlyDictionary<string, string> stopped,
        Func<string, IReadOnlyList<string>, IReadOnlyList<string>> policy)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(stopped);
        ArgumentNullException.ThrowIfNull(policy);
        var notebook = Copy(assignment.Source);
        var stub = assignment.StudentVersion();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var earlier = new List<string>();
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var role = assignment.Roles[i];
            var cell = notebook.Cells[i];
            if (role.Role == GradingRole.Tests)
            {
                cell.Source = ProbeRewriter.Rewrite(SourceRegions.UnmarkHiddenTests(cell.Source)).Probe;
            }
            else if (role is { Role: GradingRole.Solution, GradeId: { } id } && cell.IsCode)
            {
                cell.Source = stub.Cells[i].Source;
                if (stopped.TryGetValue(id, out string? why))
                    notes[id] = why;
                else if (LastAnswer(submission, id) is not { } answer)
                    notes[id] = submission is null ? "the notebook could not be read" : "the solution cell is missing: graded as not answered";
                else if (policy(answer, earlier) is { Count: > 0 } broken)
                    notes[id] = "not run: it breaks the grading rules: " + string.Join("; ", broken);
                else
                    cell.Source = answer;
            }
            if (cell.IsCode)
                earlier.Add(cell.Source);
        }
        return new GradedNotebook(notebook, notes);
    }

    /// <summary>The source of the last code cell of <paramref name="submission"/> whose nbgrader grade_id is <paramref name="id"/>.</summary>
    private static string? LastAnswer(Notebook? submission, string id) =>
        submission?.Cells.LastOrDefault(c => c.IsCode && JsonText.String(JsonText.At(c.Metadata, "nbgrader", "grade_id")) == id)?.Source;

    private static Notebook Copy(Notebook source) => Notebook.Parse(source.ToJson(withOutputs: false), "assignment");
}
