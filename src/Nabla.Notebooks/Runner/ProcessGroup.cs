using System.Runtime.InteropServices;

namespace Nabla.Notebooks;

/// <summary>
/// The worker's own process group (Linux and macOS), so that stopping a notebook also stops what its cells started,
/// even a child that left the worker's process tree (<c>sleep 1000 &amp;</c> from a shell is adopted by init).
/// </summary>
internal static class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>Makes this process the leader of a new session and process group; its children stay in that group.</summary>
    public static void Lead()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetSid(); // fails only for a process that already leads a group: then it already has one of its own
        }
    }

    /// <summary>Kills every process in the group that process <paramref name="leader"/> leads (nothing on Windows).</summary>
    public static void Kill(int leader)
    {
        if (!OperatingSystem.IsWindows() && leader > 1)
        {
            _ = SendSignal(-leader, SigKill); // fails when the group is already gone
        }
    }

    [DllImport("libc", EntryPoint = "setsid")]
    private static extern int SetSid();

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}
