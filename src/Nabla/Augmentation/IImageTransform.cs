namespace Nabla;

/// <summary>
/// A random change to an image that keeps its label: the building block of data augmentation (notebook 08).
/// </summary>
/// <remarks>
/// An image is a row-major array of height*width pixels in [0, 1], the same layout as a row of a flat
/// batch (N, height*width) that <see cref="Flatten"/> produces: pixel (r, c) is at index r*width + c.
/// <see cref="ImageAugmentation"/> applies a transform to every row of a batch or a <see cref="Dataset"/>.
/// All randomness comes from the <see cref="Random"/> passed in, so a seed reproduces every copy.
/// </remarks>
public interface IImageTransform
{
    /// <summary>Returns a transformed copy of <paramref name="image"/> (the input is not changed).</summary>
    /// <param name="image">Row-major pixels, length height*width.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="rng">The seeded source of every random choice.</param>
    double[] Apply(double[] image, int height, int width, Random rng);
}

/// <summary>
/// Base of the random image transforms: with probability <see cref="P"/> the transform is applied, otherwise
/// the image is copied unchanged. Exactly one random number decides that, before any other.
/// </summary>
public abstract class ImageTransform : IImageTransform
{
    /// <summary>Sets the probability of applying the transform.</summary>
    /// <exception cref="ArgumentOutOfRangeException">p is outside [0, 1].</exception>
    protected ImageTransform(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"{GetType().Name} expects a probability p in [0, 1], got {p}.");
        }

        P = p;
    }

    /// <summary>The probability that an image is transformed (else it passes unchanged).</summary>
    public double P { get; }

    /// <inheritdoc />
    public double[] Apply(double[] image, int height, int width, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckImage(image, height, width, GetType().Name);
        return rng.NextDouble() < P ? Transform(image, height, width, rng) : (double[])image.Clone();
    }

    /// <summary>The transform itself, applied with probability <see cref="P"/>; returns a new array.</summary>
    protected abstract double[] Transform(double[] image, int height, int width, Random rng);

    /// <summary>Checks that an image has height*width pixels; the message names the transform.</summary>
    /// <exception cref="ArgumentException">The sizes do not fit.</exception>
    internal static void CheckImage(double[] image, int height, int width, string who)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (height < 1 || width < 1 || image.Length != height * width)
        {
            throw new ArgumentException(
                $"{who} expects an image of {height}x{width} = {height * width} pixels, got {image.Length}.", nameof(image));
        }
    }
}
