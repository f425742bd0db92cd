namespace Nabla;

/// <summary>
/// Moves the image by a random whole number of pixels in x and y, each in [-maxShift, maxShift]; pixels
/// moved in from outside are 0 (black). A shifted shirt is still a shirt.
/// </summary>
public sealed class RandomShift : ImageTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="maxShift">The largest shift in pixels, in each direction (at least 0).</param>
    /// <param name="p">The probability of shifting an image.</param>
    public RandomShift(int maxShift, double p = 1.0)
        : base(p)
    {
        MaxShift = maxShift >= 0 ? maxShift
            : throw new ArgumentOutOfRangeException(nameof(maxShift), maxShift, $"RandomShift expects maxShift >= 0, got {maxShift}.");
    }

    /// <summary>The largest shift in pixels.</summary>
    public int MaxShift { get; }

    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng)
    {
        var dx = rng.Next(-MaxShift, MaxShift + 1);
        var dy = rng.Next(-MaxShift, MaxShift + 1);
        return Shift(image, height, width, dx, dy);
    }

    /// <summary>
    /// out(r, c) = in(r - dy, c - dx), or 0 where that falls outside: dx &gt; 0 moves the content right,
    /// dy &gt; 0 moves it down.
    /// </summary>
    public static double[] Shift(double[] image, int height, int width, int dx, int dy)
    {
        CheckImage(image, height, width, nameof(Shift));
        var result = new double[image.Length];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                int sr = r - dy, sc = c - dx;
                if (sr >= 0 && sr < height && sc >= 0 && sc < width)
                {
                    result[r * width + c] = image[sr * width + sc];
                }
            }
        }

        return result;
    }
}
