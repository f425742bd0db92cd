using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Fashion-MNIST: 28x28 grayscale photos of clothing in 10 classes (Xiao, Rasul and Vollgraf, 2017), the
/// data of notebook 09. Images come back as rows of 784 pixels (row-major) scaled to [0, 1], labels 0-9,
/// Y one-hot (N, 10).
/// </summary>
/// <remarks>
/// <see cref="LoadSubset"/> reads the class-balanced subset shipped in data/fashion-mnist-subset (10,000
/// training and 2,000 test images: the first 1,000 / 200 of each class in the official files).
/// <see cref="Load"/> reads the full official set (60,000 + 10,000) from a folder, and
/// <see cref="DownloadAsync(string, Uri?, HttpClient?, CancellationToken)"/> fetches it. Pixel p (0..255)
/// becomes p / 255.
/// </remarks>
public static partial class FashionMnist
{
    /// <summary>Image height and width: 28.</summary>
    public const int Size = 28;

    /// <summary>Pixels per image: 28 * 28 = 784.</summary>
    public const int Pixels = Size * Size;

    /// <summary>The number of classes: 10.</summary>
    public const int Classes = 10;

    /// <summary>The class names, by label 0-9 (from the Fashion-MNIST README).</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The four official file names (each also accepted without .gz when stored decompressed).</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>
    /// The shipped subset: 10,000 training images (1,000 per class) and 2,000 test images (200 per class),
    /// in the order of the official files. Checked against <see cref="BundledFiles"/> first.
    /// </summary>
    /// <param name="dataDirectory">The data folder; null to locate it (<see cref="DataFolder.Locate"/>).</param>
    public static (Dataset Train, Dataset Test) LoadSubset(string? dataDirectory = null)
    {
        var train = ToDataset(
            Idx.ReadImages(BundledFiles.Resolve(BundledFiles.FashionTrainImages, dataDirectory)),
            Idx.ReadLabels(BundledFiles.Resolve(BundledFiles.FashionTrainLabels, dataDirectory)),
            "fashion-mnist-subset/train");
        var test = ToDataset(
            Idx.ReadImages(BundledFiles.Resolve(BundledFiles.FashionTestImages, dataDirectory)),
            Idx.ReadLabels(BundledFiles.Resolve(BundledFiles.FashionTestLabels, dataDirectory)),
            "fashion-mnist-subset/t10k");
        return (train, test);
    }

    /// <summary>
    /// Images and labels as a classification dataset: X (N, rows*columns) = pixels / 255, row-major per image;
    /// Labels (N) in 0..9; Y (N, 10) one-hot.
    /// </summary>
    /// <exception cref="InvalidDataException">Image and label counts differ, or a label is outside 0..9.</exception>
    public static Dataset ToDataset(IdxImages images, byte[] labels, string source)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (images.Count != labels.Length)
        {
            throw new InvalidDataException($"{source}: expected one label per image, found {images.Count} images and {labels.Length} labels.");
        }

        var n = images.Count;
        var d = images.Rows * images.Columns;
        var columnMajor = new double[(long)n * d];                        // MathNet's dense storage is column-major
        const int tile = 64;                                              // transpose in cache-sized tiles
        for (var i0 = 0; i0 < n; i0 += tile)
        {
            for (var j0 = 0; j0 < d; j0 += tile)
            {
                for (var j = j0; j < Math.Min(j0 + tile, d); j++)
                {
                    for (var i = i0; i < Math.Min(i0 + tile, n); i++)
                    {
                        columnMajor[(long)j * n + i] = images.Pixels[(long)i * d + j] / 255.0;
                    }
                }
            }
        }

        var y = new int[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = labels[i];
            if (y[i] >= Classes)
            {
                throw new InvalidDataException($"{source}: expected labels in 0..{Classes - 1}, found {y[i]} at index {i}.");
            }
        }

        return Dataset.Classification(Matrix<double>.Build.Dense(n, d, columnMajor), y, Classes);  // X (N, 784)
    }
}
