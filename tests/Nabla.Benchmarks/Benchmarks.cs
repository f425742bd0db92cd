using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Benchmarks;

/// <summary>C = A B for n x n matrices through MathNet, with Nabla's kernels and with MathNet's own managed product.</summary>
[MemoryDiagnoser]
public class GemmBenchmarks
{
    private Matrix<double> a = null!, b = null!, c = null!;
    private Matrix<float> af = null!, bf = null!, cf = null!;

    /// <summary>The matrix size n.</summary>
    [Params(128, 256, 512, 1024)]
    public int N { get; set; }

    /// <summary>Nabla's kernels, or MathNet's own managed provider.</summary>
    [Params("Nabla", "MathNet")]
    public string Provider { get; set; } = "Nabla";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "Nabla")
        {
            Kernels.Install();
        }
        else
        {
            Kernels.Uninstall();
        }

        var rng = new Random(N);
        a = Matrix<double>.Build.Dense(N, N, (_, _) => rng.NextDouble() - 0.5);
        b = Matrix<double>.Build.Dense(N, N, (_, _) => rng.NextDouble() - 0.5);
        c = Matrix<double>.Build.Dense(N, N);
        af = a.Map(v => (float)v);
        bf = b.Map(v => (float)v);
        cf = Matrix<float>.Build.Dense(N, N);
    }

    [Benchmark]
    public void Double() => a.Multiply(b, c);

    [Benchmark]
    public void Float() => af.Multiply(bf, cf);
}

/// <summary>One training step of the comparison's MLP (784-128-10, batch 64) in a TrainingStep: forward, loss, backward, SGD step.</summary>
[MemoryDiagnoser]
public class MlpStepBenchmarks
{
    private Sequential model = null!;
    private Sgd optimizer = null!;
    private Tensor x = null!;
    private int[] labels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        model = MlpWorkload.Model(MlpWorkload.Seed);
        optimizer = new Sgd(model.Parameters(), MlpWorkload.LearningRate);
        x = new Tensor(Matrix<double>.Build.Dense(MlpWorkload.BatchSize, 784, (_, _) => rng.NextDouble()));        // a batch: a constant, as in training
        labels = Enumerable.Range(0, MlpWorkload.BatchSize).Select(_ => rng.Next(10)).ToArray();
    }

    [Benchmark]
    public double TrainingStep() => MlpWorkload.Step(model, optimizer, x, labels);
}
