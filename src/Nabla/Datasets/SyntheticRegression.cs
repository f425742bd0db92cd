using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public static partial class Synthetic
{
    /// <summary>
    /// Points near a line, y = w x + b + N(0, noise^2) with x ~ U(xMin, xMax), as a regression dataset
    /// X (n, 1), Y (n, 1). Notebook 01 fits it with gradient descent on the MSE.
    /// </summary>
    public static Dataset Line(int n, Random rng, double w = 2.0, double b = 1.0, double noise = 0.5, double xMin = -3, double xMax = 3) =>
        LineWithOutliers(n, rng, w, b, noise, outlierFraction: 0, xMin: xMin, xMax: xMax);

    /// <summary>
    /// A line with outliers: like <see cref="Line"/>, but the LAST round(outlierFraction n) rows are displaced
    /// by +<paramref name="outlierOffset"/> in y. Notebook 02: MSE (Gaussian likelihood) is pulled towards
    /// them, MAE (Laplace) and Huber are not.
    /// </summary>
    /// <remarks>The x values are random, so the position of a row tells nothing; the outliers are last only so a
    /// plot can colour rows Count - k .. Count - 1.</remarks>
    public static Dataset LineWithOutliers(int n, Random rng, double w = 2.0, double b = 1.0, double noise = 0.5,
        double outlierFraction = 0.1, double outlierOffset = 10.0, double xMin = -3, double xMax = 3)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckCount(n);
        if (!(outlierFraction >= 0 && outlierFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(outlierFraction), outlierFraction, $"Expected an outlier fraction in [0, 1], got {outlierFraction}.");
        }

        var outliers = (int)Math.Round(outlierFraction * n);
        var X = Matrix<double>.Build.Dense(n, 1);                              // (n, 1)
        var Y = Matrix<double>.Build.Dense(n, 1);                              // (n, 1)
        for (var i = 0; i < n; i++)
        {
            var x = xMin + (xMax - xMin) * rng.NextDouble();
            X[i, 0] = x;
            Y[i, 0] = w * x + b + noise * Gaussian.Sample(rng) + (i >= n - outliers ? outlierOffset : 0.0);
        }

        return Dataset.Regression(X, Y);
    }

    /// <summary>
    /// Heteroscedastic regression ("age from a photo"): x ~ U(0, 1) is a feature of the photo, y is the age,
    /// y ~ N(<see cref="HeteroscedasticMean"/>(x), <see cref="HeteroscedasticStd"/>(x)^2): the noise grows with x,
    /// so a good model says "20 years, give or take 1" for some inputs and "60, give or take 8" for others.
    /// X (n, 1), Y (n, 1). Notebook 02 fits a mean and a log-variance with the Gaussian NLL.
    /// </summary>
    public static Dataset Heteroscedastic(int n, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckCount(n);
        var X = Matrix<double>.Build.Dense(n, 1);
        var Y = Matrix<double>.Build.Dense(n, 1);
        for (var i = 0; i < n; i++)
        {
            var x = rng.NextDouble();
            X[i, 0] = x;
            Y[i, 0] = HeteroscedasticMean(x) + HeteroscedasticStd(x) * Gaussian.Sample(rng);
        }

        return Dataset.Regression(X, Y);
    }

    /// <summary>The true mean of <see cref="Heteroscedastic"/>: 10 + 60 x (years).</summary>
    public static double HeteroscedasticMean(double x) => 10 + 60 * x;

    /// <summary>The true standard deviation of <see cref="Heteroscedastic"/>: 1 + 7 x (years), from 1 to 8.</summary>
    public static double HeteroscedasticStd(double x) => 1 + 7 * x;

    private static void CheckCount(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"Expected at least 1 example, got {n}.");
        }
    }
}
