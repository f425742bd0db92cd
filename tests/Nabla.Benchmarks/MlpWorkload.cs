using System.Diagnostics;
using System.Globalization;

namespace Nabla.Benchmarks;

/// <summary>
/// The MLP workload of the comparison, through the engine's real training path (what a learner's loop runs):
/// Fashion-MNIST subset (10,000 images), Sequential(Linear(784, 128), Relu, Linear(128, 10)),
/// Loss.CrossEntropy, plain Sgd, batches of 64 in file order, double precision.
/// </summary>
public static class MlpWorkload
{
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
    /// JSON line: samples per second, the mean loss of the last epoch and the peak resident memory (VmHWM).
    /// </summary>
    public static void Run(string? dataDirectory, int seed, int warmup, int epochs)
    {
        var train = FashionMnist.ToDataset(            // the 10,000 training images only, as numpy and PyTorch load them
            Idx.ReadImages(BundledFiles.Resolve(BundledFiles.FashionTrainImages, dataDirectory)),
            Idx.ReadLabels(BundledFiles.Resolve(BundledFiles.FashionTrainLabels, dataDirectory)),
            "fashion-mnist-subset/train");
        var model = Model(seed);
        var optimizer = new Sgd(model.Parameters(), LearningRate);
        double seconds = 0, lastLoss = 0;
        for (var epoch = 0; epoch < warmup + epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            double lossSum = 0;
            foreach (var batch in train.Batches(BatchSize))
            {
                lossSum += Step(model, optimizer, batch.X, batch.Labels!) * batch.Count;
            }

            lastLoss = lossSum / train.Count;
            if (epoch >= warmup)
            {
                seconds += watch.Elapsed.TotalSeconds;
            }
        }

        var samplesPerSecond = (double)epochs * train.Count / seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"samples_per_s\": {samplesPerSecond:F1}, \"loss\": {lastLoss:R}, \"peak_kb\": {PeakKilobytes()}, \"threads\": {Kernels.MaxThreads}, \"kernel\": \"{(Kernels.IsInstalled ? Kernels.InstructionSet : "MathNet managed")}\"}}"));
    }

    /// <summary>One training step, the loop body of a learner's training: zero the gradients, loss, backward, update. Returns the loss.</summary>
    public static double Step(Sequential model, Sgd optimizer, Tensor x, int[] labels)
    {
        optimizer.ZeroGrad();
        var loss = Loss.CrossEntropy(model.Forward(x), labels);   // (64, 10) logits -> 1x1
        loss.Backward();
        optimizer.Step();
        return loss.Item();
    }

    /// <summary>The process's peak resident set size in KiB (VmHWM in /proc/self/status; 0 where there is no /proc).</summary>
    public static long PeakKilobytes() => Compare.ProcNumber("/proc/self/status", "VmHWM:") ?? 0;
}
