using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Nabla.Benchmarks;

/// <summary>
/// The MLP workload of the comparison, written as a learner writes it: Fashion-MNIST subset (10,000 training
/// images), Sequential(Linear(784, 128), Relu, Linear(128, 10)), Loss.CrossEntropy, plain Sgd, batches of 64 in
/// file order, double precision, every step in a <see cref="TrainingStep"/>.
/// </summary>
/// <remarks>
/// Compiled into two programs: the benchmark program (the kit's host, with its runtime settings) and the console
/// app in Console/ (.NET's default settings). The notebook place (notebook.py) runs the same loop in a cell.
/// </remarks>
public static class MlpWorkload
{
    /// <summary>Seed of the initial weights (handed to numpy and PyTorch through a file).</summary>
    public const int Seed = 42;

    /// <summary>Batch size.</summary>
    public const int BatchSize = 64;

    /// <summary>Learning rate of the plain SGD step.</summary>
    public const double LearningRate = 0.05;

    /// <summary>The network with PyTorch's default initialization drawn from a Random seeded with <paramref name="seed"/>.</summary>
    public static Sequential Model(int seed)
    {
        var rng = new Random(seed);
        return new Sequential(new Linear(784, 128, rng), new Relu(), new Linear(128, 10, rng));
    }

    /// <summary>Writes the initial W1, b1, W2, b2 (row-major float64, little-endian) so numpy and PyTorch start from the same weights.</summary>
    public static void WriteInitialWeights(int seed, string path)
    {
        using var file = new BinaryWriter(File.Create(path));
        foreach (var p in Model(seed).Parameters())
        {
            foreach (var v in p.ToRowMajorArray())
            {
                file.Write(v);
            }
        }
    }

    /// <summary>
    /// Trains for <paramref name="warmup"/> untimed epochs, then <paramref name="epochs"/> timed ones, and prints one
    /// JSON line (see <see cref="Report"/>).
    /// </summary>
    public static void Run(string? dataDirectory, int warmup, int epochs)
    {
        var (train, _) = FashionMnist.LoadSubset(dataDirectory);
        var model = Model(Seed);
        var optimizer = new Sgd(model.Parameters(), LearningRate);
        var epochSeconds = new double[warmup + epochs];
        long timedStart = 0, allocatedBefore = 0, jitBefore = 0;
        var jitTimeBefore = TimeSpan.Zero;
        double lastLoss = 0;
        for (var epoch = 0; epoch < warmup + epochs; epoch++)
        {
            if (epoch == warmup)
            {
                timedStart = Stopwatch.GetTimestamp();
                allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                jitBefore = JitInfo.GetCompiledMethodCount();
                jitTimeBefore = JitInfo.GetCompilationTime();
            }

            var epochStart = Stopwatch.GetTimestamp();
            double lossSum = 0;
            foreach (var batch in train.Batches(BatchSize))
            {
                using var step = new TrainingStep();
                optimizer.ZeroGrad();
                var loss = Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!);
                loss.Backward();
                optimizer.Step();
                lossSum += loss.Item() * batch.Count;
            }

            lastLoss = lossSum / train.Count;
            epochSeconds[epoch] = Stopwatch.GetElapsedTime(epochStart).TotalSeconds;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var jit = JitInfo.GetCompiledMethodCount() - jitBefore;
        var jitTime = JitInfo.GetCompilationTime() - jitTimeBefore;
        var seconds = Stopwatch.GetElapsedTime(timedStart).TotalSeconds;
        var steps = epochs * ((train.Count + BatchSize - 1) / BatchSize);
        Console.WriteLine(Report((double)epochs * train.Count / seconds, lastLoss, (double)allocated / steps, jit, jitTime,
            epochSeconds.Select(s => train.Count / s)));
    }

    /// <summary>
    /// The JSON line a Nabla place prints (notebook.py's cell prints the same keys): samples per second over the timed
    /// epochs, the last epoch's mean loss, the peak resident memory (VmHWM), bytes allocated by this thread per timed
    /// step, methods the JIT compiled during the timed epochs (any thread) and its time, samples per second of every epoch, the runtime
    /// settings seen from inside, and the path of the engine's assembly.
    /// </summary>
    public static string Report(double samplesPerSecond, double loss, double bytesPerStep, long jit, TimeSpan jitTime, IEnumerable<double> epochRates) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{\"samples_per_s\": {samplesPerSecond:F1}, \"loss\": {loss:R}, \"peak_kb\": {PeakKilobytes()}, \"bytes_per_step\": {bytesPerStep:F0}, \"jit_methods\": {jit}, \"jit_ms\": {jitTime.TotalMilliseconds:F0}, \"epoch_rates\": [{string.Join(", ", epochRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}], \"runtime\": \"{RuntimeSettings()}\", \"engine\": \"{typeof(TrainingStep).Assembly.Location}\"}}");

    /// <summary>
    /// The runtime settings that matter here, as the process sees them: the GC flavour and any of the large-object
    /// threshold, tiered PGO and quick JIT for loops that the app's runtime configuration sets.
    /// </summary>
    public static string RuntimeSettings()
    {
        var settings = new List<string> { GCSettings.IsServerGC ? "server GC" : "workstation GC" };
        foreach (var (name, label) in new[]
                 {
                     ("System.GC.LOHThreshold", "LOH threshold"),
                     ("System.Runtime.TieredPGO", "tiered PGO"),
                     ("System.Runtime.TieredCompilation.QuickJitForLoops", "quick JIT for loops"),
                 })
        {
            if (AppContext.GetData(name) is { } value)
            {
                settings.Add($"{label} {value}");
            }
        }

        return string.Join(", ", settings);
    }

    /// <summary>One training step on a batch, in its own <see cref="TrainingStep"/> (the BenchmarkDotNet benchmark's body). Returns the loss.</summary>
    public static double Step(Sequential model, Sgd optimizer, Tensor x, int[] labels)
    {
        using var step = new TrainingStep();
        optimizer.ZeroGrad();
        var loss = Loss.CrossEntropy(model.Forward(x), labels);   // (64, 10) logits -> 1x1
        loss.Backward();
        optimizer.Step();
        return loss.Item();
    }

    /// <summary>The process's peak resident set size in KiB (VmHWM in /proc/self/status; 0 where there is no /proc).</summary>
    public static long PeakKilobytes() =>
        File.Exists("/proc/self/status") && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            : 0;
}
