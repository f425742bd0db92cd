namespace Nabla.Tests;

/// <summary>Paths to the repository's data folder and scratch folders for the data tests.</summary>
internal static class DataPaths
{
    /// <summary>The repository's data/ folder (passed explicitly: tests do not run inside the repository).</summary>
    public static string Data { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "data");

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewTempFolder()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nabla-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A scratch data folder holding a README.md and a copy of one shipped file (relative path kept).</summary>
    public static string CopyOfDataFile(string relativePath)
    {
        var folder = NewTempFolder();
        File.WriteAllText(System.IO.Path.Combine(folder, "README.md"), "scratch data folder\n");
        var target = System.IO.Path.Combine(folder, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(System.IO.Path.Combine(Data, relativePath), target);
        return folder;
    }

    /// <summary>Counts of each label 0..classes-1.</summary>
    public static int[] ClassCounts(int[] labels, int classes)
    {
        var counts = new int[classes];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        return counts;
    }
}
