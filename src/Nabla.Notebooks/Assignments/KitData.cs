namespace Nabla.Notebooks;

/// <summary>
/// The kit's <c>data/</c> folder (the small data sets the engine's loaders read) as the grader needs it: found on the
/// instructor's machine, copied into the autograder bundle, and shown read-only to every sandbox through the
/// <c>NABLA_DATA</c> variable, so that a notebook's <c>FashionMnist.LoadSubset()</c> works when graded as it does
/// for the student.
/// </summary>
public static class KitData
{
    /// <summary>The variable the engine reads the data folder from.</summary>
    public const string EnvironmentVariable = "NABLA_DATA";

    /// <summary>The folder inside the bundle.</summary>
    public const string FolderName = "data";

    /// <summary>The data folder: <c>NABLA_DATA</c> when set, else <c>data/</c> of the repository this runs from.</summary>
    /// <exception cref="GradingSetupException">Neither holds the data's README.md.</exception>
    public static string Locate()
    {
        string? folder = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } set
            ? Path.GetFullPath(set)
            : RepoRoot.Find() is { } root ? Path.Combine(root, FolderName) : null;
        return folder is not null && File.Exists(Path.Combine(folder, "README.md"))
            ? folder
            : throw new GradingSetupException($"expected the kit's data folder (with README.md) from {EnvironmentVariable} or the repository, found {folder ?? "neither"}; run from a clone of the kit or set {EnvironmentVariable}");
    }

    /// <summary>The Fashion-MNIST image files students have (the bundled subset's training and test images).</summary>
    /// <exception cref="GradingSetupException">The data folder has no Fashion-MNIST images.</exception>
    public static IReadOnlyList<string> StudentImages(string dataFolder)
    {
        string subset = Path.Combine(dataFolder, "fashion-mnist-subset");
        string[] files = Directory.Exists(subset) ? Directory.GetFiles(subset, "*-images-idx3-ubyte*") : [];
        return files.Length > 0
            ? [.. files.Order(StringComparer.Ordinal)]
            : throw new GradingSetupException($"expected the images students have in {subset} (to leave them out of the held-out set), found none");
    }

    /// <summary>Copies the data files (not the scripts that made them) into <paramref name="bundleFolder"/>/data.</summary>
    public static void CopyInto(string dataFolder, string bundleFolder)
    {
        string target = Path.Combine(bundleFolder, FolderName);
        foreach (string file in Directory.GetFiles(dataFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(dataFolder, file);
            if (relative.StartsWith("scripts" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            AtomicFile.WriteAllBytes(Path.Combine(target, relative), File.ReadAllBytes(file));
        }
    }
}
