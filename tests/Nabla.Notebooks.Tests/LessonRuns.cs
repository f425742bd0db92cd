using System.Collections.Concurrent;

namespace Nabla.Notebooks.Tests;

/// <summary>Each lesson run once by the runner per test process, shared by the test classes that look at it.</summary>
public static class LessonRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Runs = new(StringComparer.Ordinal);

    /// <summary>The lesson files under notebooks/, in order.</summary>
    public static IReadOnlyList<string> Lessons { get; } =
        [.. Directory.GetFiles(Path.Combine(TestRepo.Root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>The runner's result for notebooks/<paramref name="lesson"/> (run on first request).</summary>
    public static Task<NotebookRunResult> RunnerAsync(string lesson) =>
        Runs.GetOrAdd(lesson, name => new Lazy<Task<NotebookRunResult>>(() => NotebookRunner.RunAsync(Path.Combine(TestRepo.Root, "notebooks", name)))).Value;
}
