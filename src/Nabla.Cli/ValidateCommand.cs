using System.CommandLine;
using System.Globalization;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// <c>nabla validate SOURCE.ipynb</c>: proves an assignment before it is released. The solution scores full marks, twice
/// with the same scores, within the time budget; the student version runs without compile errors and scores 0 on every
/// question; no solution or hidden-test line survives in it.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Creates the <c>validate</c> command.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The instructor notebook." };
        var budget = new Option<double>("--budget") { Description = "Seconds the solution may take to grade.", DefaultValueFactory = _ => 300 };
        var unsafeRun = new Option<bool>("--unsafe") { Description = "Run without a sandbox (the instructor's own code)." };
        var heldOut = AssignCommand.HeldOutOption();
        var command = new Command("validate", "Check an assignment before release: full marks for the solution, zero for the student version, nothing leaked.")
        {
            source, budget, unsafeRun, heldOut,
        };
        command.SetAction((result, ct) =>
        {
            var io = result.InvocationConfiguration;
            return ExecuteAsync(result.GetRequiredValue(source), result.GetValue(budget), result.GetValue(unsafeRun), result.GetValue(heldOut), io.Output, io.Error, ct);
        });
        return command;
    }

    /// <summary>Validates; returns 0 when every property holds, 2 when one fails (each failure on stdout), 1 on usage or setup errors.</summary>
    public static async Task<int> ExecuteAsync(string sourcePath, double budget, bool unsafeRun, string? heldOut, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!(budget > 0))
            return Usage(stderr, $"expected --budget > 0 seconds, found {budget.ToString(CultureInfo.InvariantCulture)}");
        string scratch = Path.Combine(Path.GetTempPath(), "nabla-validate-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Assignment assignment;
            try
            {
                assignment = Assignment.Load(sourcePath);
            }
            catch (Exception e) when (e is NotebookFormatException or AssignmentFormatException)
            {
                return Usage(stderr, e.Message);
            }
            var failures = new List<string>();
            void Verdict(bool holds, string claim, string problem)
            {
                stdout.WriteLine($"{(holds ? "✓" : "✗")} {claim}");
                if (!holds)
                    failures.Add(problem);
            }
            string studentPath = Path.Combine(scratch, "release", "student", assignment.Name + ".ipynb");
            var student = assignment.StudentVersion();
            student.Save(studentPath, withOutputs: false);
            AutograderBundle.Write(assignment, Path.Combine(scratch, "release", "autograder"), KitData.Locate(), heldOut);
            var leaks = AssignmentLeaks.Find(assignment, student);
            Verdict(leaks.Count == 0, "no solution or hidden-test line survives in the student version", string.Join("\n", leaks));

            var limits = new SandboxLimits(SubmissionSeconds: Math.Max(budget * 2, new SandboxLimits().SubmissionSeconds));
            var grader = Grader.Open(Path.Combine(scratch, "release", "autograder"),
                new GraderOptions(Path.Combine(AppContext.BaseDirectory, "Nabla.Cli.dll"), Path.Combine(scratch, "work"), limits, unsafeRun));
            await grader.PrepareAsync(ct);
            stdout.WriteLine("✓ the solution passes every check of its own notebook (public and hidden)");
            var first = await grader.GradeAsync(assignment.SourcePath, "solution", ct);
            var second = await grader.GradeAsync(assignment.SourcePath, "solution-again", ct);
            var empty = await grader.GradeAsync(studentPath, "student-version", ct);
            string Points(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
            Verdict(first.Score == assignment.MaxScore, $"the solution scores full marks ({Points(first.Score)} of {Points(assignment.MaxScore)})",
                "the solution loses points: " + string.Join("; ", first.Questions.Where(q => !q.Passed).Select(q => $"{q.GradeId}: {GradeReports.Output(q).Split('\n')[0]}")));
            bool same = first.Questions.Select(q => q.Score).SequenceEqual(second.Questions.Select(q => q.Score));
            Verdict(same, "two grading runs give the same scores",
                $"the scores differ between two runs: {string.Join(", ", first.Questions.Select(q => Points(q.Score)))} then {string.Join(", ", second.Questions.Select(q => Points(q.Score)))}");
            Verdict(first.Seconds <= budget, $"the solution is graded within the budget ({first.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s of {Points(budget)} s)",
                $"grading the solution took {first.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s, over the budget of {Points(budget)} s");
            var compileErrors = empty.CellErrors.Where(e => e.Contains("error CS", StringComparison.Ordinal)).ToList();
            Verdict(compileErrors.Count == 0, "the student version compiles in every cell", "the student version does not compile: " + string.Join("; ", compileErrors));
            var scored = empty.Questions.Where(q => q.Score != 0).ToList();
            Verdict(scored.Count == 0, "the student version scores 0 on every question",
                "the student version already scores on: " + string.Join(", ", scored.Select(q => $"{q.GradeId} ({Points(q.Score)})")));
            foreach (string failure in failures)
                stderr.WriteLine($"nabla validate: {assignment.Name}: {failure}");
            return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failures;
        }
        catch (GradingSetupException e)
        {
            // The instructor's notebook failing its own checks is a finding about the assignment, not a usage error.
            bool finding = e.Message.StartsWith("the instructor's notebook", StringComparison.Ordinal) || e.Message.StartsWith('\'');
            stdout.WriteLine($"✗ {e.Message}");
            stderr.WriteLine($"nabla validate: {e.Message}");
            return finding ? ExitCodes.Failures : ExitCodes.Usage;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A sandbox still shutting down may hold a file for a moment; the temp cleaner gets it.
            }
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"nabla validate: {message}");
        return ExitCodes.Usage;
    }
}
