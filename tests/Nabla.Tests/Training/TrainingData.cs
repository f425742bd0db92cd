using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Training;

/// <summary>Small seeded datasets for trainer tests.</summary>
internal static class TrainingData
{
    /// <summary>Random inputs (n, d) with random labels: learnable only by memorizing, so a big model overfits.</summary>
    public static Dataset RandomLabels(int n, int d, int classes, int seed)
    {
        var rng = new Random(seed);
        var X = Matrix<double>.Build.Dense(n, d, (_, _) => Gaussian.Sample(rng));
        return Dataset.Classification(X, Enumerable.Range(0, n).Select(_ => rng.Next(classes)).ToArray(), classes);
    }

    /// <summary>Two Gaussian blobs at (-1.5, 0) and (1.5, 0): almost linearly separable.</summary>
    public static Dataset Blobs(int n, int seed)
    {
        var rng = new Random(seed);
        var labels = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var X = Matrix<double>.Build.Dense(n, 2, (i, j) => (j == 0 ? (labels[i] == 1 ? 1.5 : -1.5) : 0) + 0.5 * Gaussian.Sample(rng));
        return Dataset.Classification(X, labels, 2);
    }

    /// <summary>Copies of every parameter's values.</summary>
    public static Matrix<double>[] Snapshot(Module model) => model.Parameters().Select(p => p.Data.Clone()).ToArray();

    /// <summary>Records whether the model was in training mode at each forward pass.</summary>
    public sealed class ModeProbe : Module
    {
        public List<bool> Modes { get; } = [];

        public override Tensor Forward(Tensor x)
        {
            Modes.Add(IsTraining);
            return x;
        }
    }
}
