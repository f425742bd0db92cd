using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Weight-initialization schemes, each an <see cref="Initializer"/>. Notebook 05.
/// </summary>
/// <remarks>
/// The goal of the scaled schemes: keep activations zero-mean and their variance the same in every layer,
/// so signals neither explode (all weights 1.5: activations grow like 1.5^L) nor vanish (all 0.5) with depth.
/// A unit computes z = sum_i w_i x_i over n_in inputs, so Var(z) = n_in Var(w) Var(x) for independent
/// zero-mean w and x: choosing Var(w) = 1/n_in keeps Var(z) = Var(x) (<see cref="LeCunNormal"/>, what the
/// lecture notes call Xavier). Glorot and Bengio average the forward (n_in) and backward (n_out) conditions:
/// Var(w) = 2/(n_in + n_out) (<see cref="XavierNormal"/>, <see cref="XavierUniform"/>). ReLU zeroes half of its
/// inputs and so halves the variance; He et al. double it back: Var(w) = 2/n_in (<see cref="HeNormal"/>,
/// <see cref="HeUniform"/>). A uniform distribution on (-a, a) has variance a^2/3, which sets the bounds.
/// Constant schemes make every unit of a layer compute the same thing forever (symmetry): use them only to show that.
/// </remarks>
public static class Init
{
    /// <summary>All zeros (fine for biases; for weights it leaves every unit identical).</summary>
    public static Matrix<double> Zeros(int fanIn, int fanOut, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);   // unused, but an Initializer is always given one
        return Constant(0)(fanIn, fanOut, rng);
    }

    /// <summary>Every weight equal to <paramref name="value"/> (notebook 05: 1.5 explodes, 0.5 vanishes).</summary>
    public static Initializer Constant(double value) => (fanIn, fanOut, _) =>
    {
        CheckFans(fanIn, fanOut);
        return Matrix<double>.Build.Dense(fanIn, fanOut, value);
    };

    /// <summary>W ~ N(mean, std^2), drawn with <see cref="Gaussian.Sample"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">std is negative or not finite.</exception>
    public static Initializer Normal(double mean, double std)
    {
        if (!(std >= 0) || double.IsInfinity(std))
        {
            throw new ArgumentOutOfRangeException(nameof(std), std, $"Init.Normal expects a finite standard deviation >= 0, got {std}.");
        }

        return (fanIn, fanOut, rng) => Fill(fanIn, fanOut, rng, r => mean + std * Gaussian.Sample(r));
    }

    /// <summary>W ~ U(low, high): variance (high - low)^2 / 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">low &gt; high, or a bound is not finite.</exception>
    public static Initializer Uniform(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || low > high)
        {
            throw new ArgumentOutOfRangeException(
                double.IsFinite(low) ? nameof(high) : nameof(low), double.IsFinite(low) ? high : low,
                $"Init.Uniform expects finite bounds with low <= high, got low {low} and high {high}.");
        }

        return (fanIn, fanOut, rng) => Fill(fanIn, fanOut, rng, r => low + (high - low) * r.NextDouble());
    }

    /// <summary>Xavier/Glorot normal: W ~ N(0, 2/(n_in + n_out)), for tanh and sigmoid layers.</summary>
    public static Matrix<double> XavierNormal(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 2.0 / (fanIn + fanOut), normal: true);

    /// <summary>Xavier/Glorot uniform: W ~ U(-a, a) with a = sqrt(6/(n_in + n_out)), variance 2/(n_in + n_out).</summary>
    public static Matrix<double> XavierUniform(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 2.0 / (fanIn + fanOut), normal: false);

    /// <summary>
    /// LeCun normal: W ~ N(0, 1/n_in). The lecture notes call this Xavier: W ~ N(0, 1/n_in).
    /// It keeps Var(z) = Var(x) through a linear layer.
    /// </summary>
    public static Matrix<double> LeCunNormal(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 1.0 / fanIn, normal: true);

    /// <summary>He/Kaiming normal: W ~ N(0, 2/n_in), for ReLU layers (ReLU halves the variance; 2 restores it).</summary>
    public static Matrix<double> HeNormal(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 2.0 / fanIn, normal: true);

    /// <summary>He/Kaiming uniform: W ~ U(-a, a) with a = sqrt(6/n_in), variance 2/n_in, for ReLU layers.</summary>
    public static Matrix<double> HeUniform(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 2.0 / fanIn, normal: false);

    /// <summary>
    /// PyTorch's default for nn.Linear weights: W ~ U(-1/sqrt(n_in), 1/sqrt(n_in)), variance 1/(3 n_in)
    /// (kaiming_uniform with a = sqrt 5). <see cref="Linear"/> uses it when no initializer is given.
    /// </summary>
    public static Matrix<double> LinearDefault(int fanIn, int fanOut, Random rng) =>
        Scaled(fanIn, fanOut, rng, 1.0 / (3.0 * fanIn), normal: false);

    /// <summary>Zero-mean weights with the given variance: N(0, variance) or U(-a, a) with a = sqrt(3 variance).</summary>
    private static Matrix<double> Scaled(int fanIn, int fanOut, Random rng, double variance, bool normal)
    {
        CheckFans(fanIn, fanOut);
        var std = Math.Sqrt(variance);
        var a = Math.Sqrt(3 * variance);
        return normal ? Fill(fanIn, fanOut, rng, r => std * Gaussian.Sample(r)) : Fill(fanIn, fanOut, rng, r => -a + 2 * a * r.NextDouble());
    }

    private static Matrix<double> Fill(int fanIn, int fanOut, Random rng, Func<Random, double> sample)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckFans(fanIn, fanOut);
        var W = Matrix<double>.Build.Dense(fanIn, fanOut);
        for (var i = 0; i < fanIn; i++)
        {
            for (var j = 0; j < fanOut; j++)
            {
                W[i, j] = sample(rng);
            }
        }

        return W;
    }

    /// <summary>Checks that a layer's sizes are at least 1.</summary>
    internal static void CheckFans(int fanIn, int fanOut)
    {
        if (fanIn < 1 || fanOut < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fanIn),
                $"A layer needs at least 1 input and 1 output, got fan_in {fanIn} and fan_out {fanOut}.");
        }
    }
}
