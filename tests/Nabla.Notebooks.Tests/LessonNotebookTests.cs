using System.Diagnostics;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// Every lesson under notebooks/ runs headless with zero error outputs (its self-check cell throws
/// when a claim of the lesson does not hold, so running the notebook IS the lesson's test), passes
/// <c>nabla check</c> and Jupyter's own nbformat validator, and quotes in its text only numbers its
/// cells print (<see cref="QuotedNumbers"/>).
/// </summary>
public sealed class LessonNotebookTests
{
    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        foreach (var lesson in LessonRuns.Lessons)
        {
            data.Add(lesson);
        }

        return data;
    }

    [Fact]
    public void TheKitHasItsTenLessons()
    {
        var names = LessonRuns.English;
        Assert.Equal(10, names.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"{i:D2}-"), names.Select(n => n[..3]));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task LessonRunsWithoutErrors(string lesson)
    {
        var path = Path.Combine(TestRepo.Root, "notebooks", lesson);
        var before = File.ReadAllBytes(path);
        var clock = Stopwatch.StartNew();
        var result = await LessonRuns.RunnerAsync(lesson);
        var errors = string.Join("\n", result.Errors.Select(e => $"cell {e.CellNumber} ({e.FirstLine}): {e.Message}"));
        Assert.True(result.Succeeded, $"{lesson} failed after {clock.Elapsed.TotalSeconds:F1} s:\n{errors}");
        Assert.Empty(result.NotRunCells);
        if (!Path.GetFileName(lesson).StartsWith("00-", StringComparison.Ordinal))
        {
            // Lessons 01-09 end with a self-check cell that prints this after its last check.
            Assert.Contains(result.Executed.Cells, c => c.Outputs.Any(o => o.DisplayText.Contains("All checks passed", StringComparison.Ordinal)));
        }

        Assert.Equal(before, File.ReadAllBytes(path)); // the source notebook is never written
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task EveryNumberTheTextQuotesIsPrintedAboveIt(string lesson)
    {
        var result = await LessonRuns.RunnerAsync(lesson);
        Assert.Empty(QuotedNumbers.Check(result.Executed, lesson));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void LessonPassesNablaCheckAndNbformat(string lesson)
    {
        var path = Path.Combine(TestRepo.Root, "notebooks", lesson);
        Assert.Empty(NotebookLint.Check(path));
        Nbformat.AssertValid(path);
    }
}
