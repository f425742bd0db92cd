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

    /// <summary>An optimizer that sets every entry of the chosen parameters to one value per step, whatever the gradient.</summary>
    public sealed class SetTo(IEnumerable<Tensor> parameters, double value, params int[] only) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g)
        {
            if (only.Length == 0 || only.Contains(i))
            {
                p.Clear();
                p.Add(value, p);
            }
        }
    }

    /// <summary>A 1 -> 1 linear layer with w and b given.</summary>
    public static Linear Line(double w, double b)
    {
        var line = new Linear(1, 1, new Random(0));
        (line.W.Data[0, 0], line.b.Data[0, 0]) = (w, b);
        return line;
    }

    /// <summary>The same loss, <paramref name="value"/>, for every batch.</summary>
    public static TrainingLoss Constant(double value) => (output, _) => (output * 0.0).Mean() + value;

    /// <summary>n examples with input 1 and target 0.</summary>
    public static Dataset Ones(int n) => Dataset.Regression(Matrix<double>.Build.Dense(n, 1, 1.0), Matrix<double>.Build.Dense(n, 1));
}
