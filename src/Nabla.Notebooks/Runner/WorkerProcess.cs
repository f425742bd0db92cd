using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// Starts and stops the worker process that runs one notebook. Two private pipes connect them: the worker's reports
/// come over a channel of their own (not its stdout, which a cell can write to), and the worker holds the read end of
/// a lifeline whose write end only this process has, so when this process ends in any way, the worker sees the
/// lifeline close and stops with everything it started.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    // A pipe end that a child process inherits stays open in that child: start one worker at a time, so that no
    // worker inherits the pipe ends meant for another.
    private static readonly object StartGate = new();

    /// <summary>The CLI assembly that hosts the worker command.</summary>
    public const string DefaultWorkerFile = "Nabla.Cli.dll";

    private const int StderrLimit = 64_000;
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly AnonymousPipeServerStream _channel;
    private readonly AnonymousPipeServerStream _lifeline;

    private WorkerProcess(Process process, AnonymousPipeServerStream channel, AnonymousPipeServerStream lifeline)
    {
        (_process, _channel, _lifeline) = (process, channel, lifeline);
        Output = new StreamReader(channel, new UTF8Encoding(false));
    }

    /// <summary>The worker's reports (protocol lines).</summary>
    public StreamReader Output { get; }

    /// <summary>Starts <c>nabla __worker notebook</c> with the notebook's folder as working directory.</summary>
    public static WorkerProcess Start(string notebookPath, RunOptions options)
    {
        string worker = options.WorkerPath ?? Path.Combine(AppContext.BaseDirectory, DefaultWorkerFile);
        if (!File.Exists(worker))
        {
            throw new FileNotFoundException(
                $"Expected the notebook worker at {worker} (the Nabla CLI), found no file; set RunOptions.WorkerPath.", worker);
        }
        bool isDll = worker.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        string program = isDll ? DotnetHost() : worker;
        var launcher = options.Launcher ?? [];
        var info = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : program)
        {
            WorkingDirectory = Path.GetDirectoryName(notebookPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        // A short-lived, JIT-bound Roslyn process: tiered PGO instrumentation costs more than it
        // gains here (about a third of the first-cell latency in measurements on 2 cores).
        if (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is null)
            info.Environment["DOTNET_TieredPGO"] = "0";
        foreach (var (name, value) in options.Environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        if (launcher.Count > 0)
        {
            foreach (string argument in launcher.Skip(1))
                info.ArgumentList.Add(argument);
            info.ArgumentList.Add(program);
        }
        if (isDll)
            info.ArgumentList.Add(worker);
        info.ArgumentList.Add(WorkerProtocol.CommandName);
        info.ArgumentList.Add(notebookPath);
        var channel = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var lifeline = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        info.ArgumentList.Add("--channel");
        info.ArgumentList.Add(channel.GetClientHandleAsString());
        info.ArgumentList.Add("--lifeline");
        info.ArgumentList.Add(lifeline.GetClientHandleAsString());
        info.ArgumentList.Add("--max-output-chars");
        info.ArgumentList.Add(options.MaxOutputChars.ToString(CultureInfo.InvariantCulture));
        if (options.StopOnError)
            info.ArgumentList.Add("--stop-on-error");
        var process = new Process { StartInfo = info };
        var worker1 = new WorkerProcess(process, channel, lifeline);
        process.ErrorDataReceived += (_, e) => worker1.AppendStderr(e.Data);
        process.OutputDataReceived += (_, e) => worker1.AppendStderr(e.Data); // what a cell wrote past the kernel
        lock (StartGate)
        {
            bool started = process.Start();
            channel.DisposeLocalCopyOfClientHandle();
            lifeline.DisposeLocalCopyOfClientHandle();
            if (!started)
                throw new InvalidOperationException($"Expected to start the notebook worker {info.FileName}, but it did not start.");
        }

        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return worker1;
    }

    /// <summary>The last lines the worker wrote to stderr (for crash reports).</summary>
    public string StderrTail
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString().Trim();
        }
    }

    /// <summary>The exit code once the process has exited, else null.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Waits briefly for the process to exit after its output ended.</summary>
    public async Task WaitForExitAsync(TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Stops the worker and every process it started.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                ProcessGroup.Kill(_process.Id); // what the cells started, even outside the worker's process tree
                _process.Kill(entireProcessTree: true);
            }
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        Output.Dispose();
        _lifeline.Dispose();
        _channel.Dispose();
        _process.Dispose();
    }

    private void AppendStderr(string? line)
    {
        if (line is null)
            return;
        lock (_stderr)
        {
            _stderr.AppendLine(line);
            if (_stderr.Length > StderrLimit)
                _stderr.Remove(0, _stderr.Length - StderrLimit);
        }
    }

    /// <summary>The dotnet host that runs this process, else DOTNET_HOST_PATH, else DOTNET_ROOT's, else the first dotnet on the PATH.</summary>
    internal static string DotnetHost()
    {
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return current;
        string? hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            return hostPath;
        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        string exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, exe)))
            return Path.Combine(root, exe);
        return FindOnPath(exe) ?? exe;   // a full path: the sandbox binds the host's folder (an apphost like `nabla` is not dotnet)
    }

    /// <summary>The first <paramref name="name"/> in the folders of PATH, as a full path; null when there is none.</summary>
    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
