namespace Nabla.Cli;

/// <summary>
/// Whether this process can create files in a folder, found out by creating (and at once deleting) an empty probe
/// file there, so a read-only output folder is reported before any cell runs rather than when the first copy is
/// saved. Asking is more honest than reading permission bits: root may write where the owner may not, and some
/// folders (/proc, a read-only mount) refuse everyone whatever their bits say.
/// </summary>
internal static class FolderAccess
{
    /// <summary>
    /// Null when files can be created in <paramref name="folder"/> (or, if it does not exist yet, in the nearest folder
    /// above it that does, where it would be created); otherwise the folder that refuses and why.
    /// </summary>
    public static string? Refusing(string folder)
    {
        string? existing = Path.GetFullPath(folder);
        while (existing is not null && !Directory.Exists(existing))
            existing = Path.GetDirectoryName(existing);
        if (existing is null)
            return null;
        string probe = Path.Combine(existing, $".nabla-probe.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return existing;
        }
        finally
        {
            if (File.Exists(probe))
                File.Delete(probe);
        }
    }
}
