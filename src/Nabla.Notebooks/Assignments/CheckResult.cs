namespace Nabla.Notebooks;

/// <summary>The grader's verdict on one check of a submission.</summary>
/// <param name="Name">The check's name, as written in the test cell.</param>
/// <param name="Passed">True when the submission reported a value and it met the expectation.</param>
/// <param name="Message">What was expected and what was found (for hidden checks, only whether it passed).</param>
public sealed record CheckResult(string Name, bool Passed, string Message);
