using System.Collections.Concurrent;

namespace Nabla.Notebooks.Tests;

/// <summary>Each lesson run once by the runner per test process, shared by the test classes that look at it.</summary>
public static class LessonRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Runs = new(StringComparer.Ordinal);

    /// <summary>The English lesson files under notebooks/, in order.</summary>
    public static IReadOnlyList<string> English { get; } = Under("notebooks", "");

    /// <summary>The Korean edition's files under notebooks/ko/, named "ko/NN-topic.ipynb", in order.</summary>
    public static IReadOnlyList<string> Korean { get; } = Under(Path.Combine("notebooks", "ko"), "ko/");

    /// <summary>Every lesson of both editions, relative to notebooks/: "05-initialization.ipynb", "ko/05-initialization.ipynb".</summary>
    public static IReadOnlyList<string> Lessons { get; } = [.. English, .. Korean];

    private static List<string> Under(string folder, string prefix)
    {
        string path = Path.Combine(TestRepo.Root, folder);
        return Directory.Exists(path)
            ? [.. Directory.GetFiles(path, "*.ipynb").Select(f => prefix + Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The runner's result for notebooks/<paramref name="lesson"/> (run on first request).</summary>
    public static Task<NotebookRunResult> RunnerAsync(string lesson) =>
        Runs.GetOrAdd(lesson, name => new Lazy<Task<NotebookRunResult>>(() => NotebookRunner.RunAsync(Path.Combine(TestRepo.Root, "notebooks", name)))).Value;
}
