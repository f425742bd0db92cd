using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Applies an <see cref="IImageTransform"/> to a batch of flat images or to a whole <see cref="Dataset"/>.
/// Notebook 08: more (slightly different) training images from the ones we have, labels unchanged.
/// </summary>
/// <remarks>
/// Augmentation is for training only: augment the training part after the split, never the validation or
/// test part, whose job is to measure the model on real, unaltered data.
/// </remarks>
public static class ImageAugmentation
{
    /// <summary>Transforms every row of <paramref name="images"/> (N, height*width); returns a new (N, height*width) matrix.</summary>
    /// <exception cref="ArgumentException">The matrix does not have height*width columns.</exception>
    public static Matrix<double> Apply(this IImageTransform transform, Matrix<double> images, int height, int width, Random rng)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(rng);
        if (images.ColumnCount != height * width)
        {
            throw new ArgumentException(
                $"Expected images as rows of {height}x{width} = {height * width} pixels, got {images.ColumnCount} columns.", nameof(images));
        }

        var result = Matrix<double>.Build.Dense(images.RowCount, images.ColumnCount);
        for (var n = 0; n < images.RowCount; n++)
        {
            result.SetRow(n, transform.Apply(images.Row(n).ToArray(), height, width, rng));
        }

        return result;
    }

    /// <summary>
    /// An augmented training set: the originals (when <paramref name="keepOriginals"/>) followed by
    /// <paramref name="copies"/> transformed copies of every example, in blocks of N rows (original order
    /// inside each block). Targets Y and labels are copied along, so every copy keeps its label.
    /// </summary>
    /// <param name="data">Images as rows of height*width pixels.</param>
    /// <param name="transform">The random transform (e.g. a <see cref="Compose"/>).</param>
    /// <param name="height">Image height.</param>
    /// <param name="width">Image width.</param>
    /// <param name="rng">The seeded source of all random choices.</param>
    /// <param name="copies">Transformed copies per example (at least 1).</param>
    /// <param name="keepOriginals">Put the unchanged examples first.</param>
    /// <returns>(copies + 1) N examples with originals, else copies N.</returns>
    public static Dataset Augment(Dataset data, IImageTransform transform, int height, int width, Random rng,
        int copies = 1, bool keepOriginals = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (copies < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, $"Augment expects at least 1 copy, got {copies}.");
        }

        var blocks = new List<Matrix<double>>();
        if (keepOriginals)
        {
            blocks.Add(data.X);
        }

        for (var k = 0; k < copies; k++)
        {
            blocks.Add(transform.Apply(data.X, height, width, rng));
        }

        var X = blocks.Aggregate((top, bottom) => top.Stack(bottom));          // (B N, H*W)
        var Y = Enumerable.Repeat(data.Y, blocks.Count).Aggregate((top, bottom) => top.Stack(bottom));
        var labels = data.Labels is null ? null : Enumerable.Repeat(data.Labels, blocks.Count).SelectMany(l => l).ToArray();
        return new Dataset(X, Y, labels);
    }
}
