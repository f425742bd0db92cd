using System.Diagnostics;

namespace Nabla;

/// <summary>
/// The temporary file of an atomic save (write it, then rename it over the target), named after the target and the
/// writing process: <c>.model.nabla.4711.&lt;guid&gt;.tmp</c>. A save killed between the two steps (kill -9, power loss)
/// leaves its temporary file behind; the next save of the same target deletes those whose process is gone.
/// </summary>
/// <remarks>Shared as source with Nabla.Notebooks, which saves notebooks and book pages the same way.</remarks>
internal static class TempFile
{
    /// <summary>A fresh temporary path beside <paramref name="fullPath"/>, owned by this process.</summary>
    public static string Beside(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>
    /// Deletes temporary files left beside <paramref name="fullPath"/> by saves whose process no longer runs; never
    /// those of a running process (it may be saving right now). Files it cannot delete are left alone.
    /// </summary>
    /// <returns>How many were deleted.</returns>
    public static int SweepStale(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath)!;
        string prefix = $".{Path.GetFileName(fullPath)}.";
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        int deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
        {
            var parts = Path.GetFileName(file)[prefix.Length..].Split('.');
            if (parts.Length != 3 || !int.TryParse(parts[0], out int pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // someone else's file, or in use: not ours to force
            }
        }

        return deleted;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
