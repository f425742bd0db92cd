using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// Seeded inputs for gradient checks of losses and activations. Centred differences in double precision
/// carry an absolute noise of about ulp(L) / 2h (1e-10 for L ~ 1 and h = 1e-6), so a relative error
/// below 1e-7 can only be measured on gradient entries well above 1e-3. These inputs therefore keep
/// away from kinks AND from points where the gradient entry itself is (nearly) zero.
/// </summary>
internal static class GradCheckInputs
{
    /// <summary>A number whose magnitude is uniform in [low, high] and whose sign is random.</summary>
    public static double Signed(Random rng, double low, double high) =>
        (rng.NextDouble() < 0.5 ? -1 : 1) * (low + (high - low) * rng.NextDouble());

    /// <summary>A (rows x columns) variable (it requires a gradient) of <see cref="Signed(Random, double, double)"/> entries.</summary>
    public static Tensor Signed(Random rng, int rows, int columns, double low, double high) =>
        new(Matrix<double>.Build.Dense(rows, columns, (_, _) => Signed(rng, low, high)), requiresGrad: true);

    /// <summary>A (rows x columns) variable (it requires a gradient) whose entries are drawn by <paramref name="draw"/> (row by row).</summary>
    public static Tensor Fill(int rows, int columns, Func<int, int, double> draw)
    {
        var data = Matrix<double>.Build.Dense(rows, columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                data[i, j] = draw(i, j);
            }
        }

        return new Tensor(data, requiresGrad: true);
    }
}
