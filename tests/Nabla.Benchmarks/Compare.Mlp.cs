using System.Globalization;
using System.Text.Json;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>
    /// Place 1, the kit's host: this program, whose project file raises the large-object threshold to 1 MiB and turns
    /// off tiered PGO and quick JIT for loops (optimized code from the first epoch).
    /// </summary>
    private const string KitHost = "1. Kit's host: the benchmark program (LOH threshold 1 MiB, tiered PGO and quick JIT for loops off)";

    /// <summary>Place 2: a console app with .NET's default runtime settings (Console/, no setting in its project file, no DOTNET_* variable).</summary>
    private const string ConsoleDefaults = "2. Console app, .NET's default settings (workstation GC)";

    /// <summary>Place 3: the same console app with Server GC, the GC the .NET Interactive kernel runs with.</summary>
    private const string ConsoleServer = "3. Console app, Server GC (DOTNET_gcServer=1)";

    /// <summary>Place 4: a notebook cell in the real .NET Interactive kernel, executed by Jupyter's client (<see cref="NotebookPlace"/>).</summary>
    private const string NotebookCell = $"4. Notebook cell, .NET Interactive kernel {NotebookPlace.ToolVersion} (Server GC), run by Jupyter's client";

    /// <summary>One way of running the MLP workload: a Nabla place (<paramref name="Place"/> 1-4) or a peer (0).</summary>
    private sealed record MlpConfig(string Name, int Place, string Peer, Func<List<JsonElement>> Run);

    /// <summary>Every run of one configuration, or why it failed.</summary>
    private sealed record MlpRuns(MlpConfig Config, List<JsonElement> Runs, string? Failure)
    {
        /// <summary>The fastest run.</summary>
        public JsonElement Best => Runs.MaxBy(r => r.GetProperty("samples_per_s").GetDouble());

        /// <summary>Samples per second of the fastest run.</summary>
        public double SamplesPerSecond => Best.GetProperty("samples_per_s").GetDouble();

        /// <summary>The median over the runs of the peak resident memory, in MiB.</summary>
        public double PeakMiB => Runs.Select(r => r.GetProperty("peak_kb").GetDouble() / 1024).Order().ElementAt(Runs.Count / 2);
    }

    /// <summary>
    /// The MLP comparison: the four places learners run Nabla in, numpy (1 and 2 OpenBLAS threads) and PyTorch (1 and 2
    /// torch threads x 1 and 2 OpenBLAS threads), float64, the same warm-up and timed epochs everywhere; every configuration
    /// runs <c>--repeats</c> times, interleaved, and the best run counts.
    /// </summary>
    /// <returns>False when a configuration failed (its row says why).</returns>
    private static bool Mlp(Options options, string repository, string weights, string script, JsonElement versions, TextWriter output)
    {
        var data = Path.Combine(repository, "data");
        string[] epochs = ["--warmup", options.Warmup.ToString(CultureInfo.InvariantCulture), "--epochs", options.Epochs.ToString(CultureInfo.InvariantCulture)];
        string[] nabla = ["--data", data, .. epochs];
        var console = ConsoleApp();
        using var notebook = new NotebookPlace(options, repository);
        var configs = new List<MlpConfig>
        {
            new(KitHost, 1, "", () => Child.Self(["mlp", .. nabla], Child.BaseEnvironment())),
            new(ConsoleDefaults, 2, "", () => Child.Dotnet(console, nabla, Child.BaseEnvironment())),
            new(ConsoleServer, 3, "", () => Child.Dotnet(console, nabla, ChildEnvironment(("DOTNET_gcServer", "1")))),
            new(NotebookCell, 4, "", () => notebook.Run(epochs)),
        };
        string[] peer = [script, "mlp", "--dtype", "float64", "--data", data, "--weights", weights, .. epochs];
        foreach (var threads in new[] { "1", "2" })
        {
            configs.Add(new($"numpy {versions.GetProperty("numpy")}, manual backprop, OpenBLAS {threads}", 0, "numpy",
                () => Child.Run(options.Python, [.. peer, "--impl", "numpy"], ChildEnvironment(("OPENBLAS_NUM_THREADS", threads)))));
        }

        foreach (var (torch, blas) in new[] { ("1", "1"), ("2", "1"), ("1", "2"), ("2", "2") })
        {
            configs.Add(new($"PyTorch {versions.GetProperty("torch")}, torch {torch}, OpenBLAS {blas}", 0, "PyTorch",
                () => Child.Run(options.Python, [.. peer, "--impl", "torch", "--threads", torch], ChildEnvironment(("OPENBLAS_NUM_THREADS", blas)))));
        }

        var runs = configs.ToDictionary(c => c, _ => new List<JsonElement>());
        var failures = new Dictionary<MlpConfig, string>();
        for (var round = 0; round < options.Repeats; round++)
        {
            foreach (var config in configs.Where(c => !failures.ContainsKey(c)))
            {
                try
                {
                    runs[config].AddRange(config.Run());       // interleaved, so a burst of outside load hits every place alike
                }
                catch (InvalidOperationException e)
                {
                    var lines = e.Message.Trim().Split('\n');    // notebook.py ends with its reason; .NET starts with the exception
                    failures[config] = (config.Place == 4 ? lines[^1] : lines[0]).Trim() is var line && line.Length > 300 ? line[..300] + "..." : line;
                }
            }
        }

        var results = configs.Select(c => new MlpRuns(c, runs[c], failures.GetValueOrDefault(c) ?? (runs[c].Count == 0 ? "no result" : null))).ToList();
        PrintMlp(results, options, notebook, MachineLine(versions), output);
        return failures.Count == 0;
    }

    /// <summary>The console app of places 2 and 3, built next to this program (same configuration).</summary>
    private static string ConsoleApp()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(here.Parent!.Parent!.FullName, "Nabla.Benchmarks.Console", here.Name, "Nabla.Benchmarks.Console.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"compare: expected the console app at {path}, found nothing; build tests/Nabla.Benchmarks (it builds the app too).", path);
    }

    /// <summary>The child environment: <see cref="Child.BaseEnvironment"/> plus the given variables.</summary>
    private static Dictionary<string, string?> ChildEnvironment(params (string Name, string? Value)[] variables)
    {
        var environment = Child.BaseEnvironment();
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
