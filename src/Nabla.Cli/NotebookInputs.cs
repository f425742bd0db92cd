using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>Turns command-line paths into notebook files and finds default folders.</summary>
public static class NotebookInputs
{
    /// <summary>
    /// Expands each path: a folder gives its *.ipynb files sorted by name, a file is taken as is.
    /// Problems (missing path, empty folder) go to <paramref name="problem"/> as messages.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths, Action<string> problem)
    {
        var notebooks = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                    problem($"{path}: expected .ipynb notebooks in this folder, found none");
                notebooks.AddRange(found);
            }
            else if (File.Exists(path))
            {
                notebooks.Add(path);
            }
            else
            {
                problem($"{path}: expected a notebook file or a folder of notebooks, found nothing at this path");
            }
        }
        return notebooks;
    }

    /// <summary>The paths given, or the repository's notebooks/ folder when none were; null when neither exists.</summary>
    public static string[]? OrLessons(string[] paths) =>
        paths.Length > 0 ? paths : DefaultNotebookFolder() is { } folder ? [folder] : null;

    /// <summary>The paths given, or the repository's lessons in every edition (notebooks/ and notebooks/ko/) when none were.</summary>
    public static string[]? OrAllEditions(string[] paths) =>
        paths.Length > 0 ? paths
        : DefaultNotebookFolder() is { } folder ? KoreanFolder() is { } korean ? [folder, korean] : [folder]
        : null;

    /// <summary>The folder of the Korean edition under a lessons folder: notebooks/ko.</summary>
    public const string KoreanEdition = "ko";

    /// <summary>The repository's Korean edition, notebooks/ko, when it exists.</summary>
    public static string? KoreanFolder() =>
        DefaultNotebookFolder() is { } lessons && Directory.Exists(Path.Combine(lessons, KoreanEdition)) ? Path.Combine(lessons, KoreanEdition) : null;

    /// <summary>For a translated lesson (…/ko/NN-x.ipynb) the original it must stay in step with (…/NN-x.ipynb), when it exists; else null.</summary>
    public static string? OriginalOf(string notebook)
    {
        string full = Path.GetFullPath(notebook);
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || Path.GetFileName(folder) != KoreanEdition)
            return null;
        string original = Path.Combine(Path.GetDirectoryName(folder)!, Path.GetFileName(full));
        return File.Exists(original) ? original : null;
    }

    /// <summary>Where executed copies go by default: artifacts/executed under the repository root, else ./executed.</summary>
    public static string DefaultOutputFolder() =>
        RepoRoot.Find() is { } root ? Path.Combine(root, "artifacts", "executed") : Path.GetFullPath("executed");

    /// <summary>
    /// Where a notebook's executed copy goes in <paramref name="folder"/>: its path relative to the repository's
    /// notebooks/ folder when it lies inside it (notebooks/ko/05-x.ipynb goes to ko/05-x.ipynb, so the two editions
    /// do not collide), else just its file name.
    /// </summary>
    public static string ExecutedCopy(string folder, string notebook)
    {
        if (DefaultNotebookFolder() is { } lessons)
        {
            string relative = Path.GetRelativePath(Path.GetFullPath(lessons), Path.GetFullPath(notebook));
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return Path.Combine(folder, relative);
        }
        return Path.Combine(folder, Path.GetFileName(notebook));
    }

    /// <summary>The lesson notebooks folder of the repository, or null outside the repository.</summary>
    public static string? DefaultNotebookFolder() =>
        RepoRoot.Find() is { } root ? Path.Combine(root, "notebooks") : null;
}
