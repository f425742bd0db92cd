namespace Nabla.Notebooks;

/// <summary>Finds the kit's repository root: the nearest folder holding Nabla.slnx.</summary>
public static class RepoRoot
{
    /// <summary>The marker file of the repository root.</summary>
    public const string Marker = "Nabla.slnx";

    /// <summary>
    /// Walks up from <paramref name="start"/> (default: the current directory, then the
    /// application's folder) until a folder contains Nabla.slnx; null when none does.
    /// </summary>
    public static string? Find(string? start = null)
    {
        var starts = start is not null ? [start] : new[] { Environment.CurrentDirectory, AppContext.BaseDirectory };
        foreach (var origin in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(origin)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                    return dir.FullName;
            }
        }
        return null;
    }
}
