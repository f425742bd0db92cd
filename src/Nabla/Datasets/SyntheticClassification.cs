using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Seeded toy data sets in two dimensions, small enough to plot a decision boundary over them. Every method
/// takes a <see cref="Random"/>: the same seed gives the same points.
/// </summary>
/// <remarks>
/// Classification sets are class-balanced and interleaved: example i belongs to class i mod K, so every
/// class has n/K examples (the first n mod K classes one more) and any prefix is mixed. Each returns a
/// classification <see cref="Dataset"/> with X (n, 2), Labels (n) and one-hot Y (n, K). Notebooks 01
/// (XOR and circles need a hidden layer), 04 and 07.
/// </remarks>
public static partial class Synthetic
{
    /// <summary>
    /// Two interleaving half circles: class 0 is (cos t, sin t), class 1 is (1 - cos t, 0.5 - sin t), with
    /// t ~ U(0, pi), plus N(0, noise^2) on each coordinate. Not linearly separable.
    /// </summary>
    public static Dataset Moons(int n, Random rng, double noise = 0.1) =>
        Generate(n, 2, rng, label =>
        {
            var t = Math.PI * rng.NextDouble();
            return label == 0 ? (Math.Cos(t), Math.Sin(t)) : (1 - Math.Cos(t), 0.5 - Math.Sin(t));
        }, noise);

    /// <summary>
    /// Two concentric circles: class 0 on the circle of radius 1, class 1 on radius <paramref name="factor"/>
    /// (angle ~ U(0, 2 pi)), plus N(0, noise^2) noise. A linear model cannot separate them; x^2 + y^2 can.
    /// </summary>
    public static Dataset Circles(int n, Random rng, double noise = 0.05, double factor = 0.5)
    {
        if (!(factor > 0 && factor < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"Circles expects the inner radius factor in (0, 1), got {factor}.");
        }

        return Generate(n, 2, rng, label =>
        {
            var angle = 2 * Math.PI * rng.NextDouble();
            var r = label == 0 ? 1.0 : factor;
            return (r * Math.Cos(angle), r * Math.Sin(angle));
        }, noise);
    }

    /// <summary>
    /// K interleaved spiral arms: arm k at radius r ~ U(0, 1) and angle 2 pi k / K + 2 pi turns r, plus
    /// N(0, noise^2) noise. Hard for a small network; a classic capacity test.
    /// </summary>
    public static Dataset Spirals(int n, int arms, Random rng, double noise = 0.05, double turns = 1.0)
    {
        if (arms < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(arms), arms, $"Spirals expects at least 2 arms, got {arms}.");
        }

        return Generate(n, arms, rng, label =>
        {
            var r = rng.NextDouble();
            var angle = 2 * Math.PI * label / arms + 2 * Math.PI * turns * r;
            return (r * Math.Cos(angle), r * Math.Sin(angle));
        }, noise);
    }

    /// <summary>
    /// XOR: four clusters centred at (+-1, +-1) with N(0, noise^2) spread; label 1 when the centre's
    /// coordinates have different signs, else 0. Each class gets its two clusters alternately.
    /// No line separates the classes: the example that one linear layer cannot fit (notebook 01).
    /// </summary>
    public static Dataset Xor(int n, Random rng, double noise = 0.3)
    {
        var count = new int[2];
        return Generate(n, 2, rng, label =>
        {
            var first = count[label]++ % 2 == 0;                   // alternate the two clusters of a class
            var x = first ? 1.0 : -1.0;
            var y = label == 0 ? x : -x;                           // class 0: same signs; class 1: different
            return (x, y);
        }, noise);
    }

    /// <summary>Gaussian blobs: class k is N(centers[k], std^2 I). <paramref name="centers"/> is (K, 2).</summary>
    public static Dataset Blobs(int n, double[,] centers, Random rng, double std = 0.5)
    {
        ArgumentNullException.ThrowIfNull(centers);
        if (centers.GetLength(1) != 2 || centers.GetLength(0) < 1)
        {
            throw new ArgumentException($"Blobs expects centers of shape (K, 2) with K >= 1, got ({centers.GetLength(0)}, {centers.GetLength(1)}).", nameof(centers));
        }

        return Generate(n, centers.GetLength(0), rng, label => (centers[label, 0], centers[label, 1]), std);
    }

    /// <summary>Gaussian blobs with K centres evenly spaced on a circle of the given radius, starting at (radius, 0).</summary>
    public static Dataset Blobs(int n, int classes, Random rng, double std = 0.5, double radius = 3.0)
    {
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, $"Blobs expects at least 1 class, got {classes}.");
        }

        var centers = new double[classes, 2];
        for (var k = 0; k < classes; k++)
        {
            centers[k, 0] = radius * Math.Cos(2 * Math.PI * k / classes);
            centers[k, 1] = radius * Math.Sin(2 * Math.PI * k / classes);
        }

        return Blobs(n, centers, rng, std);
    }

    /// <summary>Example i gets label i mod K, a clean point from <paramref name="point"/>, then Gaussian noise.</summary>
    private static Dataset Generate(int n, int classes, Random rng, Func<int, (double X, double Y)> point, double noise)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"Expected at least 1 example, got {n}.");
        }

        if (noise < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, $"Expected a noise standard deviation >= 0, got {noise}.");
        }

        var X = Matrix<double>.Build.Dense(n, 2);                              // (n, 2)
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % classes;
            var (x, y) = point(labels[i]);
            X[i, 0] = x + noise * Gaussian.Sample(rng);
            X[i, 1] = y + noise * Gaussian.Sample(rng);
        }

        return Dataset.Classification(X, labels, classes);
    }
}
