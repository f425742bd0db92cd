using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Nabla.Benchmarks;

/// <summary>
/// Place 4 of the MLP comparison: a notebook cell in the real .NET Interactive kernel, as a learner runs it. The kernel
/// is installed privately, as the notebook tests do (tests/Nabla.Notebooks.Tests/RealKernel): the dotnet-interactive
/// tool under artifacts/compare-kernel/tool, its Jupyter kernelspec under artifacts/compare-kernel/jupyter (found
/// through JUPYTER_PATH), with kernel.json pointing at that tool. notebook.py writes the notebook into
/// artifacts/compare-notebook/ (so the engine finds data/ by walking up, as in the lessons) and executes it with
/// Jupyter's own client.
/// </summary>
/// <remarks>
/// The first cell loads the kit as every lesson does, <c>#r "nuget: Nabla.Interactive, 0.9.0"</c>: the kernel takes
/// the package from the NuGet global-packages folder (~/.nuget/packages), where building src/Nabla.Interactive in
/// Release installs it. <c>--kernel-packages DIR</c> points the kernel at another such folder instead; the kernel
/// then also gets a fresh home folder outside the repository, because it caches what a <c>#r "nuget:"</c> resolved to
/// in ~/.packagemanagement (and a folder inside the repository would pick up the kit's Directory.Packages.props).
/// </remarks>
internal sealed class NotebookPlace(Compare.Options options, string repository) : IDisposable
{
    /// <summary>The dotnet-interactive release the notebook tests use.</summary>
    public const string ToolVersion = "1.0.712001";

    /// <summary>The kit's package version, as in the lessons' setup cell (and notebook.py).</summary>
    public const string KitVersion = "0.9.0";

    private readonly string root = Path.Combine(repository, "artifacts", "compare-kernel");
    private string? jupyterPath, home;
    private double wallSeconds;

    /// <summary>Runs the notebook once (installing the kernel on first use) and returns its JSON line.</summary>
    public List<JsonElement> Run(string[] epochs)
    {
        var lines = Notebook(["--out", Path.Combine(repository, "artifacts", "compare-notebook"), .. epochs]);
        wallSeconds = Math.Max(wallSeconds, lines.Select(l => l.GetProperty("wall_s").GetDouble()).DefaultIfEmpty(0).Max());
        return lines;
    }

    /// <summary>Executes each lesson in a fresh kernel, as a learner opens it; one JSON line per lesson (lesson, seconds, errors).</summary>
    public List<JsonElement> RunLessons(IEnumerable<string> lessons) =>
        Notebook(["--out", Path.Combine(repository, "artifacts", "compare-lessons"), "--lessons", .. lessons]);

    /// <summary>notebook.py with <paramref name="arguments"/>, against this place's kernel (installed on first use).</summary>
    private List<JsonElement> Notebook(string[] arguments)
    {
        jupyterPath ??= Install();
        var environment = Child.BaseEnvironment();
        environment["JUPYTER_PATH"] = jupyterPath;
        if (options.KernelPackages is { } packages)
        {
            home ??= Directory.CreateTempSubdirectory("nabla-compare-home-").FullName;
            environment["NUGET_PACKAGES"] = packages;
            environment["HOME"] = home;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "notebook.py");
        return Child.Run(options.Python, [script, .. arguments], environment);
    }

    /// <summary>One line for the report: where the kernel's engine came from, and what a notebook run costs in all.</summary>
    /// <param name="engine">The path of the Nabla.dll the cell ran on (from its JSON line), or null.</param>
    public string Describe(string? engine)
    {
        var folder = options.KernelPackages ?? Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                     ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var nuspec = Path.Combine(folder, "nabla", KitVersion, "nabla.nuspec");
        var built = File.Exists(nuspec)
            ? XDocument.Load(nuspec).Descendants().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("commit")?.Value
            : null;
        var provenance = built is null
            ? $"no Nabla {KitVersion} package in {folder}"
            : $"Nabla {KitVersion} from {folder}, built from commit {built[..Math.Min(10, built.Length)]}{SameSource(built)}";
        var loaded = engine is null ? "" : $" The cell's engine: {engine}.";
        return $"Place 4: the kernel loads {provenance}.{loaded}" +
               string.Create(CultureInfo.InvariantCulture, $" A whole notebook run (kernel start, package restore, both cells) took up to {wallSeconds:F0} s.");
    }

    /// <summary>Installs the tool and its kernelspec under artifacts/compare-kernel unless there; returns the JUPYTER_PATH.</summary>
    private string Install()
    {
        Child.Run(options.Python, ["-c", "import nbclient, nbformat"], Child.BaseEnvironment());    // throws with the ImportError
        var toolPath = Path.Combine(root, "tool");
        var tool = Path.Combine(toolPath, "dotnet-interactive");
        if (!File.Exists(tool))
        {
            Child.Run("dotnet", ["tool", "install", "Microsoft.dotnet-interactive", "--version", ToolVersion, "--tool-path", toolPath], Child.BaseEnvironment());
        }

        var kernels = Path.Combine(root, "jupyter", "kernels");
        var spec = Path.Combine(kernels, ".net-csharp", "kernel.json");
        if (!File.Exists(spec))
        {
            Directory.CreateDirectory(kernels);                                     // the installer wants an existing folder
            Child.Run(tool, ["jupyter", "install", "--path", kernels], Child.BaseEnvironment());
            // The tool writes argv ["dotnet", "interactive", ...], which finds only a global or local-manifest tool: point it at this one.
            var json = JsonNode.Parse(File.ReadAllText(spec))!.AsObject();
            var argv = json["argv"]!.AsArray();
            if (argv.Count < 2 || argv[0]!.GetValue<string>() != "dotnet" || argv[1]!.GetValue<string>() != "interactive")
            {
                throw new InvalidOperationException($"compare: expected {spec} to start its argv with \"dotnet\", \"interactive\", found {argv.ToJsonString()}.");
            }

            argv.RemoveAt(0);
            argv[0] = tool;
            File.WriteAllText(spec, json.ToJsonString());
        }

        return Path.Combine(root, "jupyter");
    }

    /// <summary>
    /// Whether the package's commit has the same engine, chart and extension source (src/Nabla, src/Nabla.Plots,
    /// src/Nabla.Interactive, Markdown aside) as the checked-out HEAD, which places 1-3 run: a warning when not.
    /// </summary>
    private string SameSource(string built)
    {
        const string rebuild = "rebuild it (dotnet build src/Nabla.Interactive -c Release) or pass --kernel-packages";
        var code = Git("diff", "--quiet", built, "HEAD", "--", "src/Nabla", "src/Nabla.Plots", "src/Nabla.Interactive", ":(exclude)*.md");
        return code switch
        {
            0 => ", the same engine source as this checkout's HEAD",
            1 => $" - WARNING: its engine source differs from this checkout's HEAD, which places 1-3 run; {rebuild}",
            _ => $" - WARNING: a commit this checkout does not know; {rebuild}",
        };
    }

    /// <summary>Runs git in the repository; returns its exit code (-1 without git).</summary>
    private int Git(params string[] arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repository, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            _ = git.StandardError.ReadToEndAsync();
            git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    /// <summary>Removes the kernel's temporary home folder, if one was made.</summary>
    public void Dispose()
    {
        if (home is not null && Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
