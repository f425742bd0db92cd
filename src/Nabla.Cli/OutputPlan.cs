namespace Nabla.Cli;

/// <summary>
/// Where each notebook's executed copy will be written, checked before anything runs: no copy may land on a source
/// notebook (compared by real path, so a folder reached through a symbolic link is the folder itself), no two
/// notebooks may share a copy, and the output folder must be a folder this process can write to.
/// </summary>
internal static class OutputPlan
{
    /// <summary>What is wrong with writing each notebook to <paramref name="target"/>(notebook); empty when nothing is.</summary>
    /// <param name="notebooks">The notebooks to run.</param>
    /// <param name="target">The executed copy's path for a notebook.</param>
    /// <param name="inPlace">True when writing over the notebook itself is what was asked for.</param>
    public static List<string> Problems(IReadOnlyList<string> notebooks, Func<string, string> target, bool inPlace = false)
    {
        var problems = new List<string>();
        var sources = notebooks.ToDictionary(n => RealPath(n), n => n, PathComparer);
        var claimed = new Dictionary<string, string>(PathComparer);
        foreach (var notebook in notebooks)
        {
            string copy = target(notebook);
            string real = RealPath(copy);
            if (inPlace && ReadOnly(real) is { } mode)
            {
                problems.Add($"{notebook}: expected a notebook you can write to for --in-place, found a read-only file ({mode}); "
                             + "make it writable (chmod u+w) or run without --in-place");
            }
            else if (!inPlace && sources.TryGetValue(real, out var source))
            {
                problems.Add($"{notebook}: expected its executed copy to go somewhere other than a source notebook, found {copy}, which is {source}; "
                             + "choose another --out, or use --in-place to write outputs into the notebook");
            }
            else if (claimed.TryGetValue(real, out var other))
            {
                problems.Add($"{notebook}: expected a copy name of its own, found {copy}, which {other} is written to as well; run them with different --out folders");
            }

            claimed.TryAdd(real, notebook);
        }

        foreach (var folder in claimed.Keys.Select(Path.GetDirectoryName).Distinct(PathComparer))
        {
            if (File.Exists(folder))
                problems.Add($"expected the output folder {folder} to be a folder, found a file");
            else if (folder is not null && FolderAccess.Refusing(folder) is { } refusing)
                problems.Add($"expected an output folder you can write to, found {folder}, where {refusing} does not let you create files; choose another --out");
        }

        return problems;
    }

    /// <summary>How a read-only file is protected ("mode r--r--r--", "the read-only attribute"), or null when its owner may write it.</summary>
    private static string? ReadOnly(string path)
    {
        if (!File.Exists(path))
            return null;
        if (OperatingSystem.IsWindows())
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly) ? "the read-only attribute" : null;
        var mode = File.GetUnixFileMode(path);
        if (mode.HasFlag(UnixFileMode.UserWrite))
            return null;
        static char Bit(UnixFileMode mode, UnixFileMode bit, char c) => mode.HasFlag(bit) ? c : '-';
        return "mode " + string.Concat(
            Bit(mode, UnixFileMode.UserRead, 'r'), Bit(mode, UnixFileMode.UserWrite, 'w'), Bit(mode, UnixFileMode.UserExecute, 'x'),
            Bit(mode, UnixFileMode.GroupRead, 'r'), Bit(mode, UnixFileMode.GroupWrite, 'w'), Bit(mode, UnixFileMode.GroupExecute, 'x'),
            Bit(mode, UnixFileMode.OtherRead, 'r'), Bit(mode, UnixFileMode.OtherWrite, 'w'), Bit(mode, UnixFileMode.OtherExecute, 'x'));
    }

    /// <summary>The path with every symbolic link on the way resolved (the path itself need not exist).</summary>
    public static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full)!;
        string current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            string next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved)
            {
                return RealPath(Path.Combine([resolved.FullName, .. parts[(i + 1)..]]));
            }

            current = next;
        }

        return current;
    }

    private static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
