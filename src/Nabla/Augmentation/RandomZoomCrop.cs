namespace Nabla;

/// <summary>
/// Zoom in: crops a random window covering a fraction s ~ U(minScale, 1) of the height and of the width, at a
/// random position, and stretches it back to the full size with bilinear interpolation.
/// </summary>
public sealed class RandomZoomCrop : ImageTransform
{
    /// <summary>Creates the transform.</summary>
    /// <param name="minScale">The smallest window side as a fraction of the image side, in (0, 1].</param>
    /// <param name="p">The probability of zooming an image.</param>
    public RandomZoomCrop(double minScale = 0.8, double p = 1.0)
        : base(p)
    {
        MinScale = minScale > 0 && minScale <= 1 ? minScale
            : throw new ArgumentOutOfRangeException(nameof(minScale), minScale, $"RandomZoomCrop expects minScale in (0, 1], got {minScale}.");
    }

    /// <summary>The smallest window side as a fraction of the image side.</summary>
    public double MinScale { get; }

    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng)
    {
        var s = MinScale + (1 - MinScale) * rng.NextDouble();
        var cropHeight = Math.Clamp((int)Math.Round(s * height), 1, height);
        var cropWidth = Math.Clamp((int)Math.Round(s * width), 1, width);
        var top = rng.Next(height - cropHeight + 1);
        var left = rng.Next(width - cropWidth + 1);
        return CropResize(image, height, width, top, left, cropHeight, cropWidth);
    }

    /// <summary>
    /// The window of cropHeight x cropWidth pixels at (top, left), resized to height x width: output pixel
    /// (r, c) reads the window at (top + (r + 0.5) cropHeight/height - 0.5, left + (c + 0.5) cropWidth/width - 0.5),
    /// clamped to the window. The full window gives the image back unchanged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window does not lie inside the image.</exception>
    public static double[] CropResize(double[] image, int height, int width, int top, int left, int cropHeight, int cropWidth)
    {
        CheckImage(image, height, width, nameof(CropResize));
        if (cropHeight < 1 || cropWidth < 1 || top < 0 || left < 0 || top + cropHeight > height || left + cropWidth > width)
        {
            throw new ArgumentOutOfRangeException(nameof(top),
                $"CropResize expects a window inside the {height}x{width} image, got {cropHeight}x{cropWidth} at ({top}, {left}).");
        }

        var result = new double[image.Length];
        for (var r = 0; r < height; r++)
        {
            var row = Math.Clamp(top + (r + 0.5) * cropHeight / height - 0.5, top, top + cropHeight - 1);
            for (var c = 0; c < width; c++)
            {
                var col = Math.Clamp(left + (c + 0.5) * cropWidth / width - 0.5, left, left + cropWidth - 1);
                result[r * width + c] = Bilinear.Sample(image, height, width, row, col);
            }
        }

        return result;
    }
}
