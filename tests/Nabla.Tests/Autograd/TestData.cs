using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// Seeded inputs for tests: variables (they require gradients, for gradient checks) with entries kept away from 0 so
/// kinks (|x|, ReLU, max) are not crossed by finite differences.
/// </summary>
internal static class TestData
{
    /// <summary>A (rows x columns) variable with entries in ±[0.2, 1.2], seeded.</summary>
    public static Tensor OffKink(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        var data = Matrix<double>.Build.Dense(rows, columns, (_, _) =>
            (rng.NextDouble() < 0.5 ? -1 : 1) * (0.2 + rng.NextDouble()));
        return new Tensor(data, requiresGrad: true);
    }

    /// <summary>A (rows x columns) variable with entries in [low, high], seeded.</summary>
    public static Tensor Uniform(int rows, int columns, int seed, double low, double high)
    {
        var rng = new Random(seed);
        return new Tensor(Matrix<double>.Build.Dense(rows, columns, (_, _) => low + (high - low) * rng.NextDouble()), requiresGrad: true);
    }

    /// <summary>A fixed random weighting (a constant, entries in [-1, 1]) so that sum(out * W) has a non-trivial gradient.</summary>
    public static Tensor Weights(int rows, int columns, int seed) => new(Uniform(rows, columns, seed, -1, 1).Data);

    /// <summary>Reduces any tensor to a scalar whose gradient differs per entry: sum(t * W).</summary>
    public static Tensor Project(Tensor t, int seed = 99) => (t * Weights(t.Rows, t.Columns, seed)).Sum();
}
