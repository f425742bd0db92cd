namespace Nabla;

/// <summary>
/// Adds N(0, std^2) to every pixel and clamps the result to [0, 1], the valid pixel range: a grainier photo
/// of the same thing.
/// </summary>
public sealed class GaussianNoise : ImageTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="std">The noise standard deviation (at least 0), in pixel units (pixels are in [0, 1]).</param>
    /// <param name="p">The probability of adding noise to an image.</param>
    public GaussianNoise(double std, double p = 1.0)
        : base(p)
    {
        Std = std >= 0 ? std : throw new ArgumentOutOfRangeException(nameof(std), std, $"GaussianNoise expects std >= 0, got {std}.");
    }

    /// <summary>The noise standard deviation.</summary>
    public double Std { get; }

    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng)
    {
        var result = new double[image.Length];
        for (var i = 0; i < image.Length; i++)
        {
            result[i] = Math.Clamp(image[i] + Std * Gaussian.Sample(rng), 0.0, 1.0);
        }

        return result;
    }
}
