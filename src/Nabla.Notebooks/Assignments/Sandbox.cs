using System.Diagnostics;
using System.Globalization;

namespace Nabla.Notebooks;

/// <summary>
/// The limits a submission runs under: the wall time of one cell and of the whole submission, the managed heap, and
/// the number of processes.
/// </summary>
/// <param name="CellSeconds">Longest one cell may run before the submission's process is stopped.</param>
/// <param name="SubmissionSeconds">Longest all the runs of one submission may take together.</param>
/// <param name="HeapMegabytes">The .NET GC heap hard limit; past it an allocation throws OutOfMemoryException.</param>
/// <param name="Processes">Most processes (and threads, which Linux counts alike) the sandbox user may have.</param>
public sealed record SandboxLimits(double CellSeconds = 60, double SubmissionSeconds = 600, int HeapMegabytes = 2048, int Processes = 512);

/// <summary>
/// Runs untrusted notebook code in a Linux sandbox made with bubblewrap (<c>apt-get install bubblewrap</c>), without
/// containers: new PID, network, IPC and UTS namespaces (and a user namespace when the grader is not root; no network
/// at all), a file system view of read-only system folders, the .NET SDK, the kit's worker and the NuGet package cache,
/// plus two private writable folders (the submission's work folder and its home). Nothing else of the machine is
/// visible: not the autograder bundle, not the results, not the instructor's or other students' files. When the grader runs as root, each sandbox runs as an
/// unprivileged user of its own (<see cref="UserFor"/>) so that the process limit applies (Linux exempts root from it).
/// </summary>
public static class Sandbox
{
    /// <summary>
    /// The first of the unprivileged user ids sandboxes run as when the grader is root, one per running sandbox
    /// (claimed with <see cref="SandboxUser"/>): Linux counts the process limit per user, so sandboxes sharing one user
    /// would share one limit.
    /// </summary>
    public const int FirstUser = 61000;

    /// <summary>How many user ids <see cref="UserFor"/> cycles through.</summary>
    public const int Users = 1000;

    /// <summary>The user id a run numbered <paramref name="run"/> tries first (<see cref="SandboxUser.Claim"/> moves on while it is taken).</summary>
    public static int UserFor(int run) => FirstUser + run % Users;

    /// <summary>The bubblewrap executable on the PATH, or null when it is not installed (or this is not Linux).</summary>
    public static string? FindBubblewrap() =>
        OperatingSystem.IsLinux() ? WorkerProcess.FindOnPath("bwrap") : null;

    /// <summary>True when this process runs as root (each sandbox then switches to a user of its own, <see cref="UserFor"/>).</summary>
    public static bool RunningAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>
    /// The command line prefix that starts a program inside the sandbox (see <see cref="RunOptions.Launcher"/>).
    /// </summary>
    /// <param name="bubblewrap">The bwrap executable.</param>
    /// <param name="workFolder">The submission's folder (the notebook's working directory), writable.</param>
    /// <param name="homeFolder">The sandbox's HOME, writable (the kernel's package-restore cache lives there).</param>
    /// <param name="packages">The NuGet global packages folder, read-only: the kernel's <c>#r "nuget: ..."</c> finds the kit there without a network.</param>
    /// <param name="readOnly">Further folders the program needs to read: the .NET SDK, the worker.</param>
    /// <param name="limits">The process limit is applied here; the others by the caller.</param>
    /// <param name="user">The user id to run as when the grader is root (it must own the two writable folders).</param>
    public static IReadOnlyList<string> Launcher(string bubblewrap, string workFolder, string homeFolder, string packages, IEnumerable<string> readOnly, SandboxLimits limits, int user)
    {
        ArgumentNullException.ThrowIfNull(limits);
        string nproc = $"--nproc={limits.Processes.ToString(CultureInfo.InvariantCulture)}";
        var args = new List<string>();
        // Unprivileged: bubblewrap makes a user namespace itself. As root: no user namespace (root inside one would
        // still be root to the process limit); the sandbox drops to its own user with setpriv once its file system is set up.
        if (!RunningAsRoot)
            args.AddRange(["prlimit", nproc, "--core=0", "--"]);
        args.AddRange([bubblewrap, "--die-with-parent", "--new-session"]);
        args.AddRange(RunningAsRoot
            ? ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
            : ["--unshare-all"]);
        args.AddRange(["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]);
        foreach (string link in new[] { "lib", "lib64", "bin", "sbin" })
        {
            if (new FileInfo("/" + link).LinkTarget is { } target)
                args.AddRange(["--symlink", target, "/" + link]);
            else if (Directory.Exists("/" + link))
                args.AddRange(["--ro-bind", "/" + link, "/" + link]);
        }
        args.AddRange(["--perms", "1777", "--tmpfs", "/tmp", "--dev", "/dev", "--proc", "/proc"]);
        var made = new HashSet<string>(StringComparer.Ordinal) { "/", "/usr", "/etc", "/tmp", "/dev", "/proc" };
        void Bind(string kind, string folder)
        {
            // Every folder above a bound one is made readable (0755): the sandbox user must be able to walk to it.
            foreach (string parent in Ancestors(folder).Where(made.Add))
                args.AddRange(["--perms", "0755", "--dir", parent]);
            args.AddRange([kind, folder, folder]);
        }
        foreach (string folder in readOnly.Append(packages).Select(Path.GetFullPath).Distinct().Where(f => !f.StartsWith("/usr/", StringComparison.Ordinal)))
            Bind("--ro-bind", folder);
        Bind("--bind", workFolder);
        Bind("--bind", homeFolder);
        args.AddRange(["--setenv", "HOME", homeFolder, "--setenv", "DOTNET_CLI_HOME", homeFolder, "--setenv", "TMPDIR", "/tmp", "--setenv", "NUGET_PACKAGES", packages]);
        args.AddRange(["--setenv", "DOTNET_CLI_TELEMETRY_OPTOUT", "1", "--setenv", "DOTNET_NOLOGO", "1", "--setenv", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1"]);
        args.AddRange(["--chdir", workFolder]);
        if (RunningAsRoot)
            args.AddRange(["setpriv", $"--reuid={user}", $"--regid={user}", "--clear-groups", "prlimit", nproc, "--core=0", "--"]);
        return args;
    }

    /// <summary>The folders above <paramref name="folder"/>, outermost first, without the root.</summary>
    private static IEnumerable<string> Ancestors(string folder)
    {
        var list = new List<string>();
        for (string? parent = Path.GetDirectoryName(folder); parent is not null && parent != "/"; parent = Path.GetDirectoryName(parent))
            list.Add(parent);
        list.Reverse();
        return list;
    }

    /// <summary>The folder of the dotnet host that starts the worker (the .NET SDK the kernel restores packages with).</summary>
    public static string DotnetRoot
    {
        get
        {
            string host = WorkerProcess.DotnetHost();
            return Path.GetDirectoryName(Path.GetFullPath(new FileInfo(host).ResolveLinkTarget(true)?.FullName ?? host))!;
        }
    }

    /// <summary>Makes <paramref name="user"/> the owner of the sandbox's writable folders (needed when the grader is root).</summary>
    /// <exception cref="GradingSetupException">chown failed.</exception>
    public static async Task GiveTo(int user, CancellationToken cancellationToken, params string[] folders)
    {
        var chown = Process.Start(new ProcessStartInfo("chown", ["-R", $"{user}:{user}", .. folders]) { UseShellExecute = false })
            ?? throw new GradingSetupException("could not start chown to hand the sandbox its folders");
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
            throw new GradingSetupException($"chown of the sandbox folders failed with exit code {chown.ExitCode}");
    }

    /// <summary>Environment variables that carry the heap limit into the sandboxed .NET process.</summary>
    public static IReadOnlyDictionary<string, string> WorkerEnvironment(SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        long bytes = limits.HeapMegabytes * 1024L * 1024L;
        return new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = bytes.ToString("X", CultureInfo.InvariantCulture) };
    }
}
