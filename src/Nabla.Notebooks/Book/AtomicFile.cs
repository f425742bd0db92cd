namespace Nabla.Notebooks;

/// <summary>Writes files so that a reader never sees half a file: a temporary file in the same folder, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/> atomically.</summary>
    /// <returns>The number of bytes written.</returns>
    public static long WriteAllText(string path, string text)
    {
        byte[] bytes = HtmlText.Utf8.GetBytes(text);
        WriteAllBytes(path, bytes);
        return bytes.LongLength;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, creating its folder if needed.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)
            ?? throw new ArgumentException($"Expected a file path with a folder, got \"{path}\".", nameof(path));
        Directory.CreateDirectory(folder);
        TempFile.SweepStale(full);
        string temp = TempFile.Beside(full);
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }
}
