using System.Globalization;
using System.Text.Json;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>
    /// .NET's own values for the runtime settings this program's project file changes, as environment variables
    /// (they override the runtime configuration), for the row that shows what the settings are worth:
    /// - .NET puts arrays of 85,000 bytes or more (a 64 x 784 batch) on the large-object heap, whose memory the
    ///   runtime hands back to the OS and faults in again, page by page, for the next batch; the kit's programs
    ///   raise the threshold to 1 MiB.
    /// - Tiered compilation starts methods with loops as unoptimized code and optimizes them in the background,
    ///   in two rounds with tiered PGO; here that takes about ten epochs of this workload. The benchmark turns both
    ///   off so that the timed epochs run optimized code, as numpy's and PyTorch's compiled code is from the start.
    /// </summary>
    internal static readonly (string Name, string Value)[] DotnetDefaults =
        [("DOTNET_GCLOHThreshold", "0x14C08"), ("DOTNET_TieredPGO", "1"), ("DOTNET_TC_QuickJitForLoops", "1")];

    private static readonly string DefaultsRow =
        $"Nabla, .NET's default runtime settings ({string.Join(", ", DotnetDefaults.Select(d => $"{d.Name}={d.Value}"))})";

    /// <summary>One way of running the MLP workload.</summary>
    private sealed record MlpConfig(string Name, string Type, string Threads, Func<List<JsonElement>> Run);

    /// <summary>Its best run: samples per second, mean loss of the last epoch, median peak memory.</summary>
    private sealed record MlpResult(MlpConfig Config, double SamplesPerSecond, double Loss, double PeakMiB);

    /// <summary>The MLP comparison: Nabla (1 and 2 threads), numpy and PyTorch with each thread setting, float64 and float32.</summary>
    private static void Mlp(Options options, string data, string weights, string script, TextWriter output)
    {
        var epochs = options.Epochs.ToString(CultureInfo.InvariantCulture);
        string[] Nabla(string threads) => ["mlp", "--data", data, "--epochs", epochs, "--threads", threads];
        var configs = new List<MlpConfig>
        {
            new("Nabla", "float64", "2", () => Child.Self(Nabla("2"), ChildEnvironment())),
            new("Nabla", "float64", "1", () => Child.Self(Nabla("1"), ChildEnvironment())),
            new(DefaultsRow, "float64", "1", () => Child.Self(Nabla("1"), ChildEnvironment(DotnetDefaults.Select(d => (d.Name, (string?)d.Value)).ToArray()))),
        };
        foreach (var type in new[] { "float64", "float32" })
        {
            foreach (var threads in new[] { "1", "2" })
            {
                configs.Add(new("numpy", type, $"BLAS {threads}", () => Child.Run(options.Python,
                    [script, "mlp", "--impl", "numpy", "--dtype", type, "--data", data, "--weights", weights, "--epochs", epochs],
                    ChildEnvironment(("OPENBLAS_NUM_THREADS", threads)))));
            }

            foreach (var (torch, blas) in new[] { ("1", "1"), ("2", "1"), ("1", "2"), ("2", "2") })
            {
                configs.Add(new("PyTorch", type, $"torch {torch}, BLAS {blas}", () => Child.Run(options.Python,
                    [script, "mlp", "--impl", "torch", "--dtype", type, "--threads", torch, "--data", data, "--weights", weights, "--epochs", epochs],
                    ChildEnvironment(("OPENBLAS_NUM_THREADS", blas)))));
            }
        }

        var runs = configs.ToDictionary(c => c, _ => new List<JsonElement>());
        for (var round = 0; round < options.Repeats; round++)
        {
            foreach (var config in configs)
            {
                runs[config].AddRange(config.Run());       // interleaved, so a burst of outside load hits every peer alike
            }
        }

        var managed = new MlpConfig("Nabla on MathNet's managed product (NABLA_KERNELS=managed, 1 timed epoch)", "float64", "2",
            () => Child.Self(["mlp", "--data", data, "--epochs", "1", "--threads", "2"], ChildEnvironment(("NABLA_KERNELS", "managed"))));
        runs[managed] = managed.Run();
        var results = runs.Select(r => Best(r.Key, r.Value)).ToList();
        PrintMlp(results, options, output);
    }

    private static MlpResult Best(MlpConfig config, List<JsonElement> runs)
    {
        var best = runs.MaxBy(r => r.GetProperty("samples_per_s").GetDouble());
        var peaks = runs.Select(r => r.GetProperty("peak_kb").GetDouble() / 1024).Order().ToList();
        return new MlpResult(config, best.GetProperty("samples_per_s").GetDouble(), best.GetProperty("loss").GetDouble(), peaks[peaks.Count / 2]);
    }

    private static void PrintMlp(List<MlpResult> results, Options options, TextWriter output)
    {
        var nabla = results.Where(r => r.Config.Name == "Nabla").MaxBy(r => r.SamplesPerSecond)!;
        var untuned = results.Single(r => r.Config.Name == DefaultsRow);
        output.WriteLine($"### MLP training: 784-128-10, ReLU, cross-entropy, SGD, batch 64, Fashion-MNIST subset (10,000 images), {options.Epochs} timed epochs after 1 warm-up, best of {options.Repeats}");
        output.WriteLine();
        output.WriteLine("| implementation | dtype | threads | samples/s | Nabla's best / this | mean loss, last epoch | peak RSS (MiB) |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Config.Name} | {r.Config.Type} | {r.Config.Threads} | {r.SamplesPerSecond:N0} | {nabla.SamplesPerSecond / r.SamplesPerSecond:F2} | {r.Loss:F10} | {r.PeakMiB:F0} |"));
        }

        output.WriteLine();
        foreach (var peer in new[] { "numpy", "PyTorch" })
        {
            var best = results.Where(r => r.Config.Name == peer && r.Config.Type == "float64").MaxBy(r => r.SamplesPerSecond)!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- float64, Nabla at its best (threads: {nabla.Config.Threads}, {nabla.SamplesPerSecond:N0}/s) vs {peer} at its best ({best.Config.Threads}, {best.SamplesPerSecond:N0}/s): **{nabla.SamplesPerSecond / best.SamplesPerSecond:F2}x**; with .NET's default runtime settings: **{untuned.SamplesPerSecond / best.SamplesPerSecond:F2}x**. Peak memory {nabla.PeakMiB:F0} ({untuned.PeakMiB:F0}) vs {best.PeakMiB:F0} MiB"));
        }

        output.WriteLine("- float32: the engine is double-only, so Nabla has no float32 MLP; the float32 rows show the peers for reference, and the float kernels are compared in the GEMM table.");
        output.WriteLine();
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
