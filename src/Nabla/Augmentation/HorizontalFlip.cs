namespace Nabla;

/// <summary>
/// Mirrors the image left to right. Keeps the label for clothing (a mirrored sneaker is a sneaker) but not
/// for digits or letters, which is why it has a probability and is chosen per data set.
/// </summary>
/// <param name="p">The probability of flipping an image (0.5 by default).</param>
public sealed class HorizontalFlip(double p = 0.5) : ImageTransform(p)
{
    /// <inheritdoc />
    protected override double[] Transform(double[] image, int height, int width, Random rng) => Flip(image, height, width);

    /// <summary>out(r, c) = in(r, width - 1 - c).</summary>
    public static double[] Flip(double[] image, int height, int width)
    {
        CheckImage(image, height, width, nameof(Flip));
        var result = new double[image.Length];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                result[r * width + c] = image[r * width + (width - 1 - c)];
            }
        }

        return result;
    }
}
