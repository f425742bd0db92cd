using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>Grading one submission.</summary>
public sealed partial class Grader
{
    /// <summary>Grades the notebook at <paramref name="path"/>; never throws for anything the submission contains.</summary>
    /// <param name="path">The submitted .ipynb.</param>
    /// <param name="name">The submission's name in the results.</param>
    /// <param name="cancellationToken">Stops the grading (the result is then not returned).</param>
    public async Task<SubmissionResult> GradeAsync(string path, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        if (_expected.Count == 0)
            throw new InvalidOperationException("Grader.PrepareAsync must run before GradeAsync.");
        var watch = Stopwatch.StartNew();
        Notebook submission;
        try
        {
            submission = Notebook.Load(path);
        }
        catch (NotebookFormatException e)
        {
            return Ungraded(name, path, watch, $"not a readable notebook: {e.Problem}");
        }
        string home = Path.Combine(_options.ScratchFolder, $"{Safe(name)}-home-{Interlocked.Increment(ref _runs)}");
        CopyFolder(_templateHome, home);
        var stopped = new Dictionary<string, string>(StringComparer.Ordinal);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(_options.Limits.SubmissionSeconds));
        while (true)
        {
            var graded = GradedNotebook.ForSubmission(Assignment, submission, stopped,
                (answer, earlier) => CodePolicy.Check(answer, earlier, _references));
            NotebookRunResult run;
            string work;
            try
            {
                (run, work) = await RunAsync(graded.Notebook, Safe(name), home, budget.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Score(name, path, watch, graded, null, PastTheLimit, null);
            }
            catch (InvalidOperationException e)
            {
                return Ungraded(name, path, watch, $"the notebook process failed: {e.Message}");
            }
            if (run.NotRunCells.Count == 0 || Culprit(run, stopped) is not { } culprit)
            {
                try
                {
                    return Score(name, path, watch, graded, run, null, await MeasureHeldOutAsync(run, work, name, budget.Token));
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return Score(name, path, watch, graded, run, PastTheLimit, null);
                }
            }
            stopped[culprit.Id] = run.TimedOut
                ? $"stopped: a cell ran past {_options.Limits.CellSeconds.ToString(CultureInfo.InvariantCulture)} s (an endless loop?), so this solution was graded as not answered"
                : $"stopped: the process died ({culprit.Message}), so this solution was graded as not answered";
        }
    }

    /// <summary>The solution to blame for a run that stopped early: the last solution cell at or before the cell that was running.</summary>
    private (string Id, string Message)? Culprit(NotebookRunResult run, Dictionary<string, string> stopped)
    {
        int firstNotRun = run.NotRunCells.Min();
        if (run.Errors.Where(e => e.CellNumber < firstNotRun).LastOrDefault() is not { } error)
            return null;
        for (int i = error.CellNumber - 1; i >= 0; i--)
        {
            if (Assignment.Roles[i] is { Role: GradingRole.Solution, GradeId: { } id } && !stopped.ContainsKey(id))
                return (id, error.Message.Split('\n')[0]);
        }
        return null;
    }

    private SubmissionResult Score(string name, string path, Stopwatch watch, GradedNotebook graded, NotebookRunResult? run, string? limitNote,
        Dictionary<int, (double? Accuracy, string Problem)>? heldOut)
    {
        var questions = new List<QuestionResult>();
        foreach (var (index, tests) in Assignment.Questions)
        {
            string? error = run is null ? null : CellRunResult.ErrorMessageOf(run.Executed.Cells[index].Outputs);
            var checks = Judge(index, run, limitNote);
            string? note = SolutionNote(graded, index) ?? limitNote;
            bool all = checks.All(c => c.Passed);
            double score = all ? tests.Points : 0;
            if (tests.HeldOut is { } scoring)
            {
                var (verdict, points) = HeldOutVerdict(scoring, tests.Points, all,
                    heldOut is not null && heldOut.TryGetValue(index, out var measured) ? measured : null);
                checks.Add(verdict);
                score = points;
            }
            questions.Add(new QuestionResult(tests.GradeId!, score, tests.Points, checks, note, all ? null : error));
        }
        return new SubmissionResult(name, path, questions.Sum(q => q.Score), Assignment.MaxScore, watch.Elapsed.TotalSeconds, questions, null)
        {
            CellErrors = run?.Errors.Select(e => $"cell {e.CellNumber}: {e.Message.Split('\n')[0]}").ToList() ?? [],
        };
    }

    /// <summary>The verdict on every check of the test cell at <paramref name="index"/>, from what <paramref name="run"/> reported (null: nothing ran).</summary>
    private List<CheckVerdict> Judge(int index, NotebookRunResult? run, string? limitNote)
    {
        var reports = run?.Checks.Where(c => c.CellIndex == index).Select(c => JsonNode.Parse(c.Json) as JsonObject).OfType<JsonObject>().ToList() ?? [];
        var checks = new List<CheckVerdict>();
        foreach (var (check, expectation, hidden) in _expected[index])
        {
            var sent = reports.Where(r => (string?)r["name"] == check).ToList();
            var (passed, message) = sent.Count switch
            {
                0 => (false, limitNote ?? "no value was reported: the test cell stopped before this check"),
                1 => CheckJudge.Judge(expectation, sent[0]["found"]),
                _ => (false, $"reported {sent.Count} times; only the test itself may report"),
            };
            checks.Add(new CheckVerdict(check, hidden, passed, hidden ? (passed ? "passed" : "failed") : message));
        }
        return checks;
    }

    /// <summary>The note on the solution cell that the test cell at <paramref name="testIndex"/> follows, if any.</summary>
    private string? SolutionNote(GradedNotebook graded, int testIndex)
    {
        for (int i = testIndex - 1; i >= 0 && Assignment.Roles[i].Role != GradingRole.Tests; i--)
        {
            if (Assignment.Roles[i] is { Role: GradingRole.Solution, GradeId: { } id } && graded.Notes.TryGetValue(id, out string? note))
                return $"{id}: {note}";
        }
        return null;
    }

    private string PastTheLimit => $"the submission ran past its limit of {_options.Limits.SubmissionSeconds.ToString(CultureInfo.InvariantCulture)} s in all";

    private SubmissionResult Ungraded(string name, string path, Stopwatch watch, string problem) =>
        Ungraded(name, path, problem, watch.Elapsed.TotalSeconds);

    /// <summary>The result of a submission that could not be graded: 0 on every question, each with <paramref name="problem"/> as its note.</summary>
    public SubmissionResult Ungraded(string name, string path, string problem, double seconds = 0) =>
        new(name, path, 0, Assignment.MaxScore, seconds,
            [.. Assignment.Questions.Select(q => new QuestionResult(q.Tests.GradeId!, 0, q.Tests.Points, [], problem, null))], problem);

    private static string Safe(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    private static void CopyFolder(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories).Prepend(from))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
