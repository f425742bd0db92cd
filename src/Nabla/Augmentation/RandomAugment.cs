namespace Nabla;

/// <summary>
/// Augmentation as the first layer of a network: in training mode each input image is replaced by a random
/// transformed copy, a new one at every forward pass; in evaluation mode it is the identity. Like
/// <see cref="Dropout"/>, it obeys <see cref="Module.Train"/> and <see cref="Module.Eval"/>. Notebook 08.
/// </summary>
/// <remarks>
/// Compared with <see cref="ImageAugmentation.Augment"/>, which makes a fixed, larger training set once,
/// this draws fresh copies every epoch, so the network never sees exactly the same image twice. It works on
/// the input data, so it must come first: its output is a new leaf tensor (no gradient flows back to the
/// images, which need none). (N, height*width) -> (N, height*width).
/// </remarks>
public sealed class RandomAugment : Module
{
    private readonly Random rng;

    /// <summary>Creates the layer.</summary>
    /// <param name="transform">The random transform (e.g. a <see cref="Compose"/>).</param>
    /// <param name="height">Image height.</param>
    /// <param name="width">Image width.</param>
    /// <param name="rng">The seeded source of every random choice.</param>
    public RandomAugment(IImageTransform transform, int height, int width, Random rng)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(rng);
        if (height < 1 || width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(height), $"RandomAugment expects a positive image size, got {height}x{width}.");
        }

        Transform = transform;
        Height = height;
        Width = width;
        this.rng = rng;
    }

    /// <summary>The transform applied in training mode.</summary>
    public IImageTransform Transform { get; }

    /// <summary>Image height in pixels.</summary>
    public int Height { get; }

    /// <summary>Image width in pixels.</summary>
    public int Width { get; }

    /// <summary>In training: a transformed copy of every row; in evaluation: x itself.</summary>
    /// <exception cref="ArgumentException">x is not input data (it has a computation history) or has the wrong width.</exception>
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!x.IsLeaf)
        {
            throw new ArgumentException(
                $"{this} expects the input images (a leaf tensor) and must be the first layer, got the result of '{x.Op}'.", nameof(x));
        }

        return IsTraining ? new Tensor(Transform.Apply(x.Data, Height, Width, rng)) : x;
    }

    /// <summary>"RandomAugment(HxW)".</summary>
    public override string ToString() => $"RandomAugment({Height}x{Width})";
}
