using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests.RealKernel;

/// <summary>
/// The real .NET Interactive kernel as a learner gets it: the dotnet-interactive tool (installed under artifacts/, not
/// globally), its Jupyter kernelspec registered under a private JUPYTER_PATH, and Jupyter's own client (nbclient, from
/// Debian's python3-nbclient) driving it.
/// </summary>
public static class RealKernel
{
    /// <summary>The tool's version: the last dotnet-interactive release.</summary>
    public const string ToolVersion = "1.0.712001";

    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>The private Jupyter data folder holding the .net-csharp kernelspec (installs the tool on first use).</summary>
    public static string JupyterPath => Installed.Value;

    /// <summary>Runs <c>execute.py</c> on <paramref name="notebooks"/>; returns seconds per notebook name.</summary>
    /// <remarks>The kernels' own logs go to stdout; only a failure shows them.</remarks>
    public static async Task<Dictionary<string, double>> ExecuteAsync(string outDir, IEnumerable<string> notebooks)
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(TestRepo.Root, "tests", "Nabla.Notebooks.Tests", "RealKernel", "execute.py"));
        info.ArgumentList.Add(outDir);
        foreach (var notebook in notebooks)
            info.ArgumentList.Add(notebook);
        info.Environment["JUPYTER_PATH"] = JupyterPath;
        var (code, stdout, stderr) = await RunAsync(info, TimeSpan.FromMinutes(20));
        Assert.True(code == 0, $"execute.py exited with {code}:\n{Tail(stdout + stderr)}");
        return File.ReadAllLines(Path.Combine(outDir, "seconds.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Install()
    {
        var check = RunAsync(new ProcessStartInfo("/usr/bin/python3", ["-c", "import nbclient, nbformat"]) { RedirectStandardError = true }, TimeSpan.FromMinutes(1))
            .GetAwaiter().GetResult();
        if (check.Code != 0)
        {
            throw new InvalidOperationException(
                $"Expected Jupyter's client for the real-kernel tests, found none ({Tail(check.Stderr)}): run `apt-get install python3-nbclient`.");
        }

        string root = Path.Combine(TestRepo.Root, "artifacts", "real-kernel");
        string toolPath = Path.Combine(root, "tool");
        string tool = Path.Combine(toolPath, "dotnet-interactive");
        if (!File.Exists(tool))
        {
            Run("dotnet", "tool", "install", "Microsoft.dotnet-interactive", "--version", ToolVersion, "--tool-path", toolPath);
        }

        string kernels = Path.Combine(root, "jupyter", "kernels");
        string spec = Path.Combine(kernels, ".net-csharp", "kernel.json");
        if (!File.Exists(spec))
        {
            Directory.CreateDirectory(kernels); // the installer wants an existing folder
            Run(tool, "jupyter", "install", "--path", kernels);
            // The tool writes argv ["dotnet", "interactive", ...], which finds only a global or local-manifest tool:
            // point it at this one.
            var json = JsonNode.Parse(File.ReadAllText(spec))!.AsObject();
            var argv = json["argv"]!.AsArray();
            Assert.Equal(["dotnet", "interactive"], argv.Take(2).Select(a => a!.GetValue<string>()));
            argv.RemoveAt(0);
            argv[0] = tool;
            File.WriteAllText(spec, json.ToJsonString());
        }

        return Path.Combine(root, "jupyter");
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        var (code, stdout, stderr) = RunAsync(info, TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        if (code != 0)
            throw new InvalidOperationException($"`{file} {string.Join(' ', args)}` exited with {code}:\n{Tail(stdout + stderr)}");
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(ProcessStartInfo info, TimeSpan limit)
    {
        using var process = Process.Start(info)!;
        var stdout = info.RedirectStandardOutput ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var stderr = info.RedirectStandardError ? process.StandardError.ReadToEndAsync() : Task.FromResult("");
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{info.FileName}` did not finish within {limit}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
