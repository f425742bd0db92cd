namespace Nabla;

/// <summary>
/// Several transforms applied one after another: <c>new Compose(new RandomShift(2), new HorizontalFlip())</c>.
/// Each keeps its own probability, so one image may get a shift and no flip, the next both.
/// </summary>
public sealed class Compose : IImageTransform
{
    /// <summary>Chains the transforms in the given order.</summary>
    public Compose(params IImageTransform[] transforms)
    {
        ArgumentNullException.ThrowIfNull(transforms);
        if (transforms.Any(t => t is null))
        {
            throw new ArgumentException("Compose expects transforms, got a null entry.", nameof(transforms));
        }

        Transforms = [.. transforms];
    }

    /// <summary>The transforms, in the order they are applied.</summary>
    public IReadOnlyList<IImageTransform> Transforms { get; }

    /// <inheritdoc />
    public double[] Apply(double[] image, int height, int width, Random rng)
    {
        ImageTransform.CheckImage(image, height, width, nameof(Compose));
        var result = (double[])image.Clone();
        foreach (var transform in Transforms)
        {
            result = transform.Apply(result, height, width, rng);
        }

        return result;
    }
}
