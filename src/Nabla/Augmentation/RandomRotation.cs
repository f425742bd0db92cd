namespace Nabla;

/// <summary>
/// Turns the image about its centre by a random angle in [-maxDegrees, maxDegrees], with bilinear
/// interpolation; corners that come from outside the image are 0. Small angles (10-15 degrees) keep the label.
/// </summary>
public sealed class RandomRotation : ImageTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="maxDegrees">The largest rotation in degrees, either way (at least 0).</param>
    /// <param name="p">The probability of rotating an image.</param>
    public RandomRotation(double maxDegrees, double p = 1.0)
        : base(p)
    {
        MaxDegrees = maxDegrees >= 0 ? maxDegrees
            : throw new ArgumentOutOfRangeException(nameof(maxDegrees), maxDegrees, $"RandomRotation expects maxDegrees >= 0, got {maxDegrees}.");
    }

    /// <summary>The largest rotation in degrees.</summary>
    public double MaxDegrees { get; }

    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng) =>
        Rotate(image, height, width, MaxDegrees * (2 * rng.NextDouble() - 1));

    /// <summary>
    /// Rotates counter-clockwise (as seen on screen) by <paramref name="degrees"/> about the centre
    /// ((height - 1)/2, (width - 1)/2).
    /// </summary>
    /// <remarks>
    /// Each output pixel looks up where it came from: with x = c - cx and y = cy - r (y pointing up), the source
    /// is (x cos t + y sin t, -x sin t + y cos t), the inverse rotation, read with bilinear interpolation.
    /// 90 degrees on a square image is exactly numpy's rot90: out(r, c) = in(c, n - 1 - r).
    /// </remarks>
    public static double[] Rotate(double[] image, int height, int width, double degrees)
    {
        CheckImage(image, height, width, nameof(Rotate));
        var t = degrees * Math.PI / 180;
        double cos = Math.Cos(t), sin = Math.Sin(t);
        double cy = (height - 1) / 2.0, cx = (width - 1) / 2.0;
        var result = new double[image.Length];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                double x = c - cx, y = cy - r;
                var sourceX = x * cos + y * sin;
                var sourceY = -x * sin + y * cos;
                result[r * width + c] = Bilinear.Sample(image, height, width, cy - sourceY, cx + sourceX);
            }
        }

        return result;
    }
}
