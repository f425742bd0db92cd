namespace Nabla;

/// <summary>
/// Random erasing (Zhong et al., 2017): blanks out a random rectangle, set to 0 or to uniform noise, so the
/// network learns not to rely on any single part of the object (as if something were in front of it).
/// </summary>
/// <remarks>
/// The rectangle covers a fraction a ~ U(minArea, maxArea) of the image with aspect ratio (height/width)
/// e^u, u ~ U(ln 0.3, ln 3.3): side lengths round(sqrt(a H W ratio)) and round(sqrt(a H W / ratio)), clipped to
/// the image, at a uniformly random position.
/// </remarks>
public sealed class RandomErasing : ImageTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="p">The probability of erasing a rectangle in an image.</param>
    /// <param name="minArea">The smallest erased fraction of the image, in (0, maxArea].</param>
    /// <param name="maxArea">The largest erased fraction of the image, in [minArea, 1].</param>
    /// <param name="fillWithNoise">Fill with uniform noise in [0, 1] instead of 0.</param>
    public RandomErasing(double p = 0.5, double minArea = 0.02, double maxArea = 0.2, bool fillWithNoise = false)
        : base(p)
    {
        if (!(minArea > 0 && minArea <= maxArea && maxArea <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minArea),
                $"RandomErasing expects 0 < minArea <= maxArea <= 1, got minArea {minArea} and maxArea {maxArea}.");
        }

        MinArea = minArea;
        MaxArea = maxArea;
        FillWithNoise = fillWithNoise;
    }

    /// <summary>The smallest erased fraction of the image.</summary>
    public double MinArea { get; }

    /// <summary>The largest erased fraction of the image.</summary>
    public double MaxArea { get; }

    /// <summary>True: the rectangle gets uniform noise; false: zeros.</summary>
    public bool FillWithNoise { get; }

    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng)
    {
        var area = (MinArea + (MaxArea - MinArea) * rng.NextDouble()) * height * width;
        var ratio = Math.Exp(Math.Log(0.3) + (Math.Log(3.3) - Math.Log(0.3)) * rng.NextDouble());
        var h = Math.Clamp((int)Math.Round(Math.Sqrt(area * ratio)), 1, height);
        var w = Math.Clamp((int)Math.Round(Math.Sqrt(area / ratio)), 1, width);
        var top = rng.Next(height - h + 1);
        var left = rng.Next(width - w + 1);
        var result = Erase(image, height, width, top, left, h, w);
        if (FillWithNoise)
        {
            for (var r = top; r < top + h; r++)
            {
                for (var c = left; c < left + w; c++)
                {
                    result[r * width + c] = rng.NextDouble();
                }
            }
        }

        return result;
    }

    /// <summary>A copy of the image with the eraseHeight x eraseWidth rectangle at (top, left) set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rectangle does not lie inside the image.</exception>
    public static double[] Erase(double[] image, int height, int width, int top, int left, int eraseHeight, int eraseWidth, double value = 0.0)
    {
        CheckImage(image, height, width, nameof(Erase));
        if (eraseHeight < 0 || eraseWidth < 0 || top < 0 || left < 0 || top + eraseHeight > height || left + eraseWidth > width)
        {
            throw new ArgumentOutOfRangeException(nameof(top),
                $"Erase expects a rectangle inside the {height}x{width} image, got {eraseHeight}x{eraseWidth} at ({top}, {left}).");
        }

        var result = (double[])image.Clone();
        for (var r = top; r < top + eraseHeight; r++)
        {
            for (var c = left; c < left + eraseWidth; c++)
            {
                result[r * width + c] = value;
            }
        }

        return result;
    }
}
