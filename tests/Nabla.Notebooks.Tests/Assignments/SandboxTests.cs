using System.Net;
using System.Net.Sockets;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// The sandbox on its own, with no code policy in front of it: code that tries to get out (read the instructor's files,
/// write outside its folder, reach the network, see other processes, fork without end) fails at each step.
/// </summary>
public sealed class SandboxTests
{
    [Fact]
    public async Task Nothing_gets_out_of_the_sandbox()
    {
        string bwrap = Sandbox.FindBubblewrap() ?? throw new InvalidOperationException("Expected bubblewrap (apt-get install bubblewrap), found none.");
        using var folder = new TempFolder();
        string secret = folder.Write(Path.Combine("autograder", "secret.txt"), "the hidden expected values");
        string work = Path.Combine(folder.Path, "work");
        string home = Path.Combine(folder.Path, "home");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(home);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string Try(string label, string action) =>
            $"try {{ {action}; Console.WriteLine(\"{label}: ESCAPED\"); }} catch (Exception e) {{ Console.WriteLine(\"{label}: blocked \" + e.GetType().Name); }}";
        string code = string.Join('\n',
            Try("read secret", $"System.IO.File.ReadAllText(\"{secret}\")"),
            Try("list autograder", $"System.IO.Directory.GetFiles(\"{Path.GetDirectoryName(secret)}\")"),
            Try("write usr", "System.IO.File.WriteAllText(\"/usr/escape.txt\", \"x\")"),
            Try("write packages", $"System.IO.File.WriteAllText(\"{Path.Combine(Grader.NuGetRoot, "escape.txt")}\", \"x\")"),
            Try("connect", $"new System.Net.Sockets.TcpClient().Connect(\"127.0.0.1\", {port})"),
            Try("fork bomb", "for (int i = 0; i < 5000; i++) new System.Threading.Thread(() => System.Threading.Thread.Sleep(60000)) { IsBackground = true }.Start()"),
            "Console.WriteLine(\"processes seen: \" + System.Diagnostics.Process.GetProcesses().Length);",
            "System.IO.File.WriteAllText(\"inside.txt\", \"ok\"); Console.WriteLine(\"write own folder: ok\");");
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Code(code));
        string path = Path.Combine(work, "escape.ipynb");
        notebook.Save(path, withOutputs: false);
        var limits = new SandboxLimits(CellSeconds: 60, Processes: 256);
        int user = Sandbox.UserFor(999);
        if (Sandbox.RunningAsRoot)
            await Sandbox.GiveTo(user, CancellationToken.None, work, home);
        var options = new RunOptions(TimeSpan.FromSeconds(60),
            Launcher: Sandbox.Launcher(bwrap, work, home, Grader.NuGetRoot, [Sandbox.DotnetRoot, AppContext.BaseDirectory], limits, user),
            Environment: Sandbox.WorkerEnvironment(limits));

        var result = await NotebookRunner.RunAsync(path, options);

        string output = string.Concat(result.Executed.Cells[0].Outputs.Select(o => o.Text));
        Assert.DoesNotContain("ESCAPED", output);
        foreach (string label in new[] { "read secret", "list autograder", "write usr", "write packages", "connect", "fork bomb" })
            Assert.Contains($"{label}: blocked", output);
        Assert.Matches(@"processes seen: [1-9]\b", output);   // its own PID namespace: only the sandbox's few processes
        Assert.Contains("write own folder: ok", output);
        Assert.False(File.Exists("/usr/escape.txt"));
        Assert.False(File.Exists(Path.Combine(Grader.NuGetRoot, "escape.txt")));
    }
}
