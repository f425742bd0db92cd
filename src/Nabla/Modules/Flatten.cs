using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Turns a batch of (height x width) images into rows of height*width pixels, the input a
/// <see cref="Linear"/> layer expects. Notebook 09 (28x28 -> 784).
/// </summary>
/// <remarks>
/// Accepts either the images stacked vertically, x of shape (N*height, width), which is reshaped row by row
/// to (N, height*width) (image n's pixel (r, c) lands in column r*width + c), or rows that are already
/// flat, (N, height*width), which pass through. Reshaping only moves numbers, so the gradient is moved back
/// the same way. <see cref="Images"/> builds the flat batch directly from C# arrays.
/// </remarks>
/// <param name="height">Image height in pixels.</param>
/// <param name="width">Image width in pixels.</param>
public sealed class Flatten(int height, int width) : Module
{
    /// <summary>Image height in pixels.</summary>
    public int Height { get; } = height >= 1 ? height
        : throw new ArgumentOutOfRangeException(nameof(height), height, $"Flatten expects a height of at least 1, got {height}.");

    /// <summary>Image width in pixels.</summary>
    public int Width { get; } = width >= 1 ? width
        : throw new ArgumentOutOfRangeException(nameof(width), width, $"Flatten expects a width of at least 1, got {width}.");

    /// <summary>(N*height, width) -> (N, height*width); (N, height*width) passes through.</summary>
    /// <exception cref="ArgumentException">x has neither accepted shape.</exception>
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var pixels = Height * Width;
        if (x.Columns == pixels)
        {
            return x;                                            // already (N, H*W)
        }

        if (x.Columns == Width && x.Rows % Height == 0)
        {
            return x.Reshape(x.Rows / Height, pixels);           // (N*H, W) -> (N, H*W)
        }

        throw new ArgumentException(
            $"{this} expects images stacked as (N*{Height}, {Width}) or flat rows (N, {pixels}), got {x.Shape}.", nameof(x));
    }

    /// <summary>"Flatten(HxW)".</summary>
    public override string ToString() => $"Flatten({Height}x{Width})";

    /// <summary>A batch of equally sized images as one tensor of flat rows: (N, height*width), row-major pixels.</summary>
    /// <exception cref="ArgumentException">No images, or images of different sizes.</exception>
    public static Tensor Images(IReadOnlyList<double[,]> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            throw new ArgumentException("Flatten.Images expects at least one image, got none.", nameof(images));
        }

        int h = images[0].GetLength(0), w = images[0].GetLength(1);
        var x = Matrix<double>.Build.Dense(images.Count, h * w);
        for (var n = 0; n < images.Count; n++)
        {
            var image = images[n];
            if (image.GetLength(0) != h || image.GetLength(1) != w)
            {
                throw new ArgumentException(
                    $"Flatten.Images expects every image to be {h}x{w} like image 0, got {image.GetLength(0)}x{image.GetLength(1)} at index {n}.",
                    nameof(images));
            }

            for (var r = 0; r < h; r++)
            {
                for (var c = 0; c < w; c++)
                {
                    x[n, r * w + c] = image[r, c];
                }
            }
        }

        return new Tensor(x);
    }
}
