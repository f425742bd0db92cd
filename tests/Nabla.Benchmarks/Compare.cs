using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Nabla.Benchmarks;

/// <summary>
/// <c>compare</c>: the same MLP training workload in Nabla, in the four places learners run it (Compare.Mlp.cs),
/// and in numpy (manual backprop) and PyTorch, one after the other in one run, then n x n matrix products against
/// numpy; prints Markdown tables with the ratios.
/// </summary>
/// <remarks>
/// Every measurement runs in a fresh process, so each gets its own thread settings and its own peak memory.
/// Peers are measured at their best: OPENBLAS_CORETYPE is removed (it costs OpenBLAS 30-40% here) and each
/// is tried with 1 and 2 threads; every configuration runs <c>--repeats</c> times, interleaved, and the best run counts.
/// </remarks>
public static partial class Compare
{
    /// <summary>What the comparison was asked to do.</summary>
    /// <param name="Repeats">Runs per configuration (the best counts).</param>
    /// <param name="Warmup">Untimed epochs of 10,000 samples before the timed ones (tiered compilation finishes in them).</param>
    /// <param name="Epochs">Timed epochs of 10,000 samples per MLP run.</param>
    /// <param name="Python">The Python with numpy and PyTorch (Debian's).</param>
    /// <param name="Notebooks">Also time the headless run of the notebook suite.</param>
    /// <param name="Sizes">The n of the n x n products.</param>
    /// <param name="Parts">Which parts to run: "mlp", "gemm" or both.</param>
    /// <param name="Avx2">Also compare the GEMM kernels without AVX-512 (DOTNET_EnableAVX512=0 against OpenBLAS's Haswell kernels).</param>
    /// <param name="KernelPackages">
    /// A NuGet global-packages folder for the notebook place's kernel instead of ~/.nuget/packages (null: the kernel's default).
    /// </param>
    public sealed record Options(int Repeats, int Warmup, int Epochs, string Python, bool Notebooks, int[] Sizes, string[] Parts, bool Avx2, string? KernelPackages);

    /// <summary>Parses <c>--repeats R --warmup W --epochs E --python PATH --notebooks --sizes 128,256 --only mlp|gemm --avx2 --kernel-packages DIR</c>.</summary>
    public static Options Parse(string[] args)
    {
        var options = new Options(3, 20, 3, "/usr/bin/python3", false, [128, 256, 512, 1024], ["mlp", "gemm"], false, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--repeats" => options with { Repeats = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--epochs" => options with { Epochs = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--kernel-packages" => options with { KernelPackages = Path.GetFullPath(args[++i]) },
                "--python" => options with { Python = args[++i] },
                "--notebooks" => options with { Notebooks = true },
                "--only" => options with { Parts = [args[++i]] },
                "--avx2" => options with { Avx2 = true },
                "--sizes" => options with { Sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                var other => throw new ArgumentException($"compare: unknown option {other}; expected --repeats, --warmup, --epochs, --python, --notebooks, --sizes, --only, --avx2 or --kernel-packages."),
            };
        }

        return options;
    }

    /// <summary>Runs the whole comparison and prints the report.</summary>
    public static int Run(string[] args)
    {
        var options = Parse(args);
        var repository = RepositoryRoot();
        var script = Path.Combine(AppContext.BaseDirectory, "compare.py");
        var versions = Child.Run(options.Python, [script, "versions"], Child.BaseEnvironment())[0];
        var output = Console.Out;
        output.WriteLine($"## Nabla performance comparison, {DateTime.Now:yyyy-MM-dd}");
        output.WriteLine();
        output.WriteLine($"- {MachineLine(versions)}");
        output.WriteLine($"- Nabla's matrix kernel: {Kernels.InstructionSet}; peers: BLAS {versions.GetProperty("blas")}, OPENBLAS_CORETYPE unset");
        output.WriteLine($"- Load average at start: {LoadAverage()}");
        output.WriteLine();
        var ok = true;
        if (options.Parts.Contains("mlp"))
        {
            var weights = Path.Combine(Path.GetTempPath(), $"nabla-compare-weights-{Environment.ProcessId}.bin");
            MlpWorkload.WriteInitialWeights(MlpWorkload.Seed, weights);
            try
            {
                ok = Mlp(options, repository, weights, script, versions, output);
            }
            finally
            {
                File.Delete(weights);
            }
        }

        if (options.Parts.Contains("gemm"))
        {
            Gemm(options, script, output, avx2: false);
        }

        if (options.Avx2)
        {
            Gemm(options, script, output, avx2: true);
        }
        if (options.Notebooks)
        {
            NotebookSuite(options, repository, output);
        }

        output.WriteLine($"Load average at end: {LoadAverage()}");
        return ok ? 0 : 1;
    }

    /// <summary>The repository root: the first folder above the current one (or this program) that holds Nabla.slnx.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Nabla.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("compare: expected to run inside the Nabla repository (a folder above holding Nabla.slnx), found none.");
    }

    /// <summary>The date and the machine in one line: CPU, cores, memory, OS, .NET, and the peers' versions.</summary>
    private static string MachineLine(JsonElement versions) =>
        $"{DateTime.Now:yyyy-MM-dd}, {CpuName()}, {Environment.ProcessorCount} cores, {MemoryGiB()} GiB, {OsName()}, " +
        $"{RuntimeInformation.FrameworkDescription}, MathNet.Numerics 5.0.0; numpy {versions.GetProperty("numpy")}, " +
        $"PyTorch {versions.GetProperty("torch")} (Debian packages), " +
        (versions.GetProperty("openblas") is { ValueKind: JsonValueKind.String } openblas ? openblas.GetString() : $"BLAS {versions.GetProperty("blas")}");

    private static string CpuName() => ProcLine("/proc/cpuinfo", "model name") is { } line ? line.Split(':', 2)[1].Trim() : RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryGiB() => ProcNumber("/proc/meminfo", "MemTotal") is { } kilobytes
        ? (kilobytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)
        : "?";

    private static string OsName() => ProcLine("/etc/os-release", "PRETTY_NAME") is { } line ? line.Split('=', 2)[1].Trim('"') : RuntimeInformation.OSDescription;

    /// <summary>The 1-, 5- and 15-minute load averages: above ~0.8 other work competes for the 2 cores and the numbers are noisy.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? ProcLine(string path, string key) =>
        File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;

    /// <summary>The number after <paramref name="key"/> in a "key: number unit" line of a /proc file (kB there), or null.</summary>
    internal static long? ProcNumber(string path, string key) => ProcLine(path, key) is { } line
        ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
        : null;
}
