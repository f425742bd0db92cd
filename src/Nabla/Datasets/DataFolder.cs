namespace Nabla;

/// <summary>
/// Finds the kit's <c>data/</c> folder (the small data sets that ship with the repository).
/// </summary>
/// <remarks>
/// Tried in order: (1) the path given by the caller (the data folder itself, or the repository root that
/// contains it); (2) the environment variable <c>NABLA_DATA</c>; (3) walking up from the current directory,
/// then from the folder of the engine's assembly, to the first folder holding both <c>Nabla.slnx</c> and
/// <c>data/README.md</c>. Notebooks run with <c>notebooks/</c> as the working directory, so (3) finds the
/// repository's data without any set-up. When nothing fits, the error lists everything that was tried.
/// </remarks>
public static class DataFolder
{
    /// <summary>The environment variable that points at the data folder: <c>NABLA_DATA</c>.</summary>
    public const string EnvironmentVariable = "NABLA_DATA";

    /// <summary>Returns the full path of the data folder (a folder holding README.md).</summary>
    /// <param name="dataDirectory">The data folder or the repository root; null to search.</param>
    /// <exception cref="DirectoryNotFoundException">No data folder was found; the message lists what was tried.</exception>
    public static string Locate(string? dataDirectory = null)
    {
        if (dataDirectory is not null)
        {
            return Explicit(dataDirectory, "the argument");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Explicit(fromEnvironment, $"{EnvironmentVariable}");
        }

        var tried = new List<string> { "no path argument", $"{EnvironmentVariable} not set" };
        var starts = new List<string> { Directory.GetCurrentDirectory() };
        var assemblyFolder = Path.GetDirectoryName(typeof(DataFolder).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyFolder))
        {
            starts.Add(assemblyFolder);
        }

        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Nabla.slnx")) && File.Exists(Path.Combine(dir.FullName, "data", "README.md")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }

            tried.Add($"no folder with Nabla.slnx and data/README.md at or above {start}");
        }

        throw new DirectoryNotFoundException(
            $"Could not find the Nabla data folder. Tried: {string.Join("; ", tried)}. " +
            $"Pass the folder's path, set {EnvironmentVariable}, or run from inside the repository.");
    }

    /// <summary>An explicitly named folder: the data folder itself, or a repository root containing data/.</summary>
    private static string Explicit(string path, string source)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(Path.Combine(full, "README.md")) && !File.Exists(Path.Combine(full, "Nabla.slnx")))
        {
            return full;
        }

        if (File.Exists(Path.Combine(full, "data", "README.md")))
        {
            return Path.Combine(full, "data");
        }

        throw new DirectoryNotFoundException(
            $"{source} names {full}, expected the Nabla data folder (holding README.md) or the repository root (holding data/README.md); found neither.");
    }
}
