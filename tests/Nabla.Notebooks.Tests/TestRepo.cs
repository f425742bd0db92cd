using System.Runtime.CompilerServices;

namespace Nabla.Notebooks.Tests;

/// <summary>The repository the tests were compiled from (found from this source file's path).</summary>
public static class TestRepo
{
    public static string Root { get; } = RepoRoot.Find(SourceFolder()) ??
        throw new InvalidOperationException($"Expected {RepoRoot.Marker} above {SourceFolder()}, found none.");

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
