namespace Nabla;

/// <summary>
/// The data files that ship in the repository's <c>data/</c> folder, with the SHA-256 each must have.
/// This is the one table of expected checksums; data/README.md lists the same numbers (a test keeps the
/// two in step).
/// </summary>
/// <remarks>
/// Every loader goes through <see cref="Resolve"/>, which finds the data folder and verifies the file before
/// a single number is read, so a lesson can never silently run on damaged or different data. The hashes are
/// of the bytes on disk (what <c>sha256sum</c> prints).
/// </remarks>
public static class BundledFiles
{
    /// <summary>Iris (UCI via scikit-learn): 150 flowers, 4 measurements, 3 species.</summary>
    public const string Iris = "uci/iris.csv";

    /// <summary>Wine (UCI via scikit-learn): 178 wines, 13 chemical measurements, 3 cultivars.</summary>
    public const string Wine = "uci/wine_data.csv";

    /// <summary>Breast cancer Wisconsin, diagnostic (UCI via scikit-learn): 569 samples, 30 features, 2 classes.</summary>
    public const string BreastCancer = "uci/breast_cancer.csv";

    /// <summary>Optical handwritten digits (UCI via scikit-learn): 1797 images of 8x8 pixels, 10 classes.</summary>
    public const string Digits = "uci/digits.csv.gz";

    /// <summary>Fashion-MNIST subset, training images: 10,000 of 28x28 (IDX, gzip).</summary>
    public const string FashionTrainImages = "fashion-mnist-subset/train-images-idx3-ubyte.gz";

    /// <summary>Fashion-MNIST subset, training labels: 10,000 (IDX, gzip).</summary>
    public const string FashionTrainLabels = "fashion-mnist-subset/train-labels-idx1-ubyte.gz";

    /// <summary>Fashion-MNIST subset, test images: 2,000 of 28x28 (IDX, gzip).</summary>
    public const string FashionTestImages = "fashion-mnist-subset/t10k-images-idx3-ubyte.gz";

    /// <summary>Fashion-MNIST subset, test labels: 2,000 (IDX, gzip).</summary>
    public const string FashionTestLabels = "fashion-mnist-subset/t10k-labels-idx1-ubyte.gz";

    /// <summary>Short product and movie reviews labelled negative/positive (written for Nabla).</summary>
    public const string Reviews = "text/reviews.csv";

    /// <summary>Common review words and 3 synonyms each (written for Nabla).</summary>
    public const string Synonyms = "text/synonyms.csv";

    /// <summary>Expected SHA-256 of every shipped data file, by path relative to the data folder.</summary>
    public static IReadOnlyDictionary<string, string> Sha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Iris] = "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449",
        [Wine] = "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede",
        [BreastCancer] = "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed",
        [Digits] = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a",
        [FashionTrainImages] = "fb5d76be9a26fa809a3b13c18f7191e33c2115c6e377baf29656711358a51b1d",
        [FashionTrainLabels] = "4cc57b2814542612de157ac954fec39e17b40ac7cc646602198dc0f4c7c97fc9",
        [FashionTestImages] = "f63b5f3a005caedab708d16a900babd905c8331b1cd2188b91245c032cfe6acd",
        [FashionTestLabels] = "09f5dc909c8586184bae0fbde44202a1b007bf6f2bd2bc952652fa22dc323f95",
        [Reviews] = "540762ae956e7df113a232578eb7b0d0cfcf6ce69ca1b4d7a6077764659d083f",
        [Synonyms] = "ac03d8e4d33ec6735158d41aa47991477adbade8eca5a9d3b1ac2cbc48ebb093",
    };

    /// <summary>The full path of a shipped file, after checking that its SHA-256 is the expected one.</summary>
    /// <param name="relativePath">One of the constants of this class, e.g. <see cref="Iris"/>.</param>
    /// <param name="dataDirectory">The data folder; null to locate it (see <see cref="DataFolder.Locate"/>).</param>
    /// <exception cref="ArgumentException">The path is not in the table.</exception>
    /// <exception cref="FileNotFoundException">The file is missing from the data folder.</exception>
    /// <exception cref="ChecksumMismatchException">The file's bytes are not the expected ones.</exception>
    public static string Resolve(string relativePath, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (!Sha256.TryGetValue(relativePath, out var expected))
        {
            throw new ArgumentException(
                $"Expected one of the shipped data files ({string.Join(", ", Sha256.Keys)}), got '{relativePath}'.", nameof(relativePath));
        }

        var folder = DataFolder.Locate(dataDirectory);
        var path = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Expected the shipped data file {relativePath} in {folder}, found no such file.", path);
        }

        Checksum.Verify(path, expected);
        return path;
    }
}
