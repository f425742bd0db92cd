using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>Turns command-line paths into notebook files and finds default folders.</summary>
public static class NotebookInputs
{
    /// <summary>
    /// Expands each path: a folder gives its *.ipynb files sorted by name, a file is taken as is.
    /// Problems (missing path, empty folder) are returned as messages.
    /// </summary>
    public static (List<string> Notebooks, List<string> Problems) Expand(IEnumerable<string> paths)
    {
        var notebooks = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                    problems.Add($"{path}: expected .ipynb notebooks in this folder, found none");
                notebooks.AddRange(found);
            }
            else if (File.Exists(path))
            {
                notebooks.Add(path);
            }
            else
            {
                problems.Add($"{path}: expected a notebook file or a folder of notebooks, found nothing at this path");
            }
        }
        return (notebooks, problems);
    }

    /// <summary>Where executed copies go by default: artifacts/executed under the repository root, else ./executed.</summary>
    public static string DefaultOutputFolder() =>
        RepoRoot.Find() is { } root ? Path.Combine(root, "artifacts", "executed") : Path.GetFullPath("executed");

    /// <summary>The lesson notebooks folder of the repository, or null outside the repository.</summary>
    public static string? DefaultNotebookFolder() =>
        RepoRoot.Find() is { } root ? Path.Combine(root, "notebooks") : null;
}
