using System.Globalization;
using System.Text.Json;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>
    /// The MLP table (place | samples/s | / best numpy | / best PyTorch | bytes allocated per step | peak memory), then the
    /// checks that make it trustworthy: the same loss everywhere, the runtime settings each place really ran with, the
    /// epoch-by-epoch speed (the warm-up has settled) and the JIT's work during the timed epochs.
    /// </summary>
    private static void PrintMlp(List<MlpRuns> results, Options options, NotebookPlace notebook, string machine, TextWriter output)
    {
        var ok = results.Where(r => r.Failure is null).ToList();
        double? BestOf(string peer) => ok.Where(r => r.Config.Peer == peer).Select(r => (double?)r.SamplesPerSecond).Max();
        var (numpy, torch) = (BestOf("numpy"), BestOf("PyTorch"));
        string Ratio(double rate, double? best) => best is { } b ? string.Create(CultureInfo.InvariantCulture, $"{rate / b:F2}x") : "-";
        output.WriteLine($"### MLP training where learners run Nabla: 784-128-10, ReLU, cross-entropy, SGD (lr 0.05), batch 64, float64, " +
                         $"Fashion-MNIST subset (10,000 images); {options.Warmup} warm-up epochs, then {options.Epochs} timed; best of {options.Repeats}");
        output.WriteLine();
        output.WriteLine("| place | samples/s | / best numpy | / best PyTorch | bytes allocated per step | peak memory |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            if (r.Failure is { } failure)
            {
                output.WriteLine($"| {r.Config.Name} | failed: {failure.Replace('|', '/')} | | | | |");
                continue;
            }

            var bytes = r.Config.Place > 0 ? r.Best.GetProperty("bytes_per_step").GetDouble().ToString("N0", CultureInfo.InvariantCulture) : "-";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Config.Name} | {r.SamplesPerSecond:N0} | {Ratio(r.SamplesPerSecond, numpy)} | {Ratio(r.SamplesPerSecond, torch)} | {bytes} | {r.PeakMiB:F0} MiB |"));
        }

        output.WriteLine();
        output.WriteLine($"- {LossCheck(ok)}");
        var places = ok.Where(r => r.Config.Place > 0).ToList();
        output.WriteLine("- Runtime as seen inside each place: " + string.Join("; ", places.Select(r => $"{r.Config.Place}. {r.Best.GetProperty("runtime").GetString()}")) + ".");
        output.WriteLine($"- Samples/s epoch by epoch, best run (warm-up: the first and the last three of {options.Warmup} | timed): " + string.Join("; ", places.Select(r =>
        {
            var rates = r.Best.GetProperty("epoch_rates").EnumerateArray().Select(e => e.GetDouble().ToString("N0", CultureInfo.InvariantCulture)).ToList();
            var warmup = rates.Take(options.Warmup).ToList();
            var shown = warmup.Count > 4 ? [warmup[0], "...", .. warmup[^3..]] : warmup;
            return $"{r.Config.Place}. {string.Join(", ", shown)} | {string.Join(", ", rates.Skip(options.Warmup))}";
        })) + ".");
        output.WriteLine("- The JIT during the timed epochs (whole process, best run; methods called once an epoch reach tier 1 only after 30 epochs): " +
                         string.Join("; ", places.Select(r => $"{r.Config.Place}. {r.Best.GetProperty("jit_methods").GetInt64()} methods, {r.Best.GetProperty("jit_ms").GetDouble():F0} ms")) + ".");
        output.WriteLine("- Bytes allocated per step: GC.GetAllocatedBytesForCurrentThread() over the timed epochs / steps (157 per epoch). " +
                         "Peak memory: the process's peak resident set (VmHWM), median of the runs; for place 4 that is the kernel process, C# compiler included.");
        output.WriteLine($"- {notebook.Describe(ok.FirstOrDefault(r => r.Config.Place == 4)?.Best.GetProperty("engine").GetString())}");
        output.WriteLine($"- Measured {machine}.");
        output.WriteLine();
    }

    /// <summary>Whether every run of every row ended with the same mean loss in its last epoch, to 10 digits.</summary>
    private static string LossCheck(List<MlpRuns> results)
    {
        var losses = results.SelectMany(r => r.Runs.Select(run => (r.Config.Name, Loss: run.GetProperty("loss").GetDouble()))).ToList();
        if (losses.Count == 0)
        {
            return "Same work: no run finished.";
        }

        var reference = losses[0].Loss;
        var off = losses.Where(l => Math.Abs(l.Loss - reference) > 5e-11 * Math.Abs(reference)).ToList();
        return off.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Same work: all {losses.Count} runs ended their last epoch with mean loss {reference:F10} (equal to 10 digits).")
            : string.Create(CultureInfo.InvariantCulture, $"Loss MISMATCH (the rows do not do the same work): {losses[0].Name} {reference:F12}; ") +
              string.Join("; ", off.DistinctBy(l => l.Name).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Name} {l.Loss:F12}")));
    }
}
