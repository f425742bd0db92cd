namespace Nabla.Notebooks;

/// <summary>The verdict on one check of a question.</summary>
/// <param name="Name">The check's name (shown only for public checks).</param>
/// <param name="Hidden">True for a check from the hidden tests: feedback says only whether it passed.</param>
/// <param name="Passed">Whether the reported value met the expectation.</param>
/// <param name="Message">What was expected and found (public checks), or why nothing was found.</param>
public sealed record CheckVerdict(string Name, bool Hidden, bool Passed, string Message);

/// <summary>The grade of one question (one test cell): all its points when every check passes, else none, as in nbgrader.</summary>
/// <param name="GradeId">The test cell's grade_id.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">The cell's points.</param>
/// <param name="Checks">Every check of the cell, public first as written.</param>
/// <param name="Note">What happened to the question's solution (missing, broke a rule, hung), or null.</param>
/// <param name="Error">The test cell's own error message (for example an exception from the student's code), or null.</param>
public sealed record QuestionResult(string GradeId, double Score, double MaxScore, IReadOnlyList<CheckVerdict> Checks, string? Note, string? Error)
{
    /// <summary>True when the question earned its points.</summary>
    public bool Passed => Score == MaxScore;
}

/// <summary>The grade of one submission.</summary>
/// <param name="Name">The submission's name (its file name without .ipynb, or its folder's name).</param>
/// <param name="Path">The submitted file.</param>
/// <param name="Score">Total points.</param>
/// <param name="MaxScore">The assignment's points.</param>
/// <param name="Seconds">Wall time of the grading, all runs included.</param>
/// <param name="Questions">One result per question, in notebook order.</param>
/// <param name="Problem">Why the submission could not be graded (it then scores 0), or null.</param>
public sealed record SubmissionResult(
    string Name, string Path, double Score, double MaxScore, double Seconds, IReadOnlyList<QuestionResult> Questions, string? Problem)
{
    /// <summary>Every cell of the last run that ended in an error, as "cell N: first line of the message".</summary>
    public IReadOnlyList<string> CellErrors { get; init; } = [];
}
