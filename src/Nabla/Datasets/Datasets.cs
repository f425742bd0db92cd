namespace Nabla;

/// <summary>
/// The small classic data sets that ship with the kit (data/uci/), loaded as a classification
/// <see cref="Dataset"/>: X (N, D) features, Labels (N) class indices, Y (N, K) one-hot.
/// </summary>
/// <remarks>
/// Each file is verified against its SHA-256 (<see cref="BundledFiles"/>) before it is read. The files are
/// scikit-learn's copies of UCI data: a header line "N,D,class names..." then N rows of D features and
/// the class index. Features are returned as stored (centimetres, milligrams, ...); standardize them with
/// <see cref="Standardizer"/> fitted on the training part. Used in notebooks 02, 05, 06 and 07.
/// </remarks>
public static partial class Datasets
{
    /// <summary>Iris: 150 flowers x 4 measurements (cm), 3 species with 50 each. Fisher (1936).</summary>
    /// <param name="dataDirectory">The data folder; null to locate it (<see cref="DataFolder.Locate"/>).</param>
    public static Dataset Iris(string? dataDirectory = null) =>
        SklearnCsv.Load(BundledFiles.Resolve(BundledFiles.Iris, dataDirectory));

    /// <summary>The iris species, by label: setosa, versicolor, virginica.</summary>
    public static IReadOnlyList<string> IrisClassNames { get; } = ["setosa", "versicolor", "virginica"];

    /// <summary>The iris features, by column.</summary>
    public static IReadOnlyList<string> IrisFeatureNames { get; } =
        ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

    /// <summary>Wine: 178 wines x 13 chemical measurements, 3 cultivars (59, 71, 48). Forina et al.</summary>
    /// <param name="dataDirectory">The data folder; null to locate it.</param>
    public static Dataset Wine(string? dataDirectory = null) =>
        SklearnCsv.Load(BundledFiles.Resolve(BundledFiles.Wine, dataDirectory));

    /// <summary>The wine cultivars, by label: class_0, class_1, class_2.</summary>
    public static IReadOnlyList<string> WineClassNames { get; } = ["class_0", "class_1", "class_2"];

    /// <summary>The wine features, by column.</summary>
    public static IReadOnlyList<string> WineFeatureNames { get; } =
    [
        "alcohol", "malic acid", "ash", "alcalinity of ash", "magnesium", "total phenols", "flavanoids",
        "nonflavanoid phenols", "proanthocyanins", "color intensity", "hue", "OD280/OD315 of diluted wines", "proline",
    ];

    /// <summary>
    /// Breast cancer Wisconsin (diagnostic): 569 tumours x 30 cell-nucleus features, 2 classes
    /// (212 malignant = 0, 357 benign = 1). Street, Wolberg and Mangasarian (1993).
    /// </summary>
    /// <param name="dataDirectory">The data folder; null to locate it.</param>
    public static Dataset BreastCancer(string? dataDirectory = null) =>
        SklearnCsv.Load(BundledFiles.Resolve(BundledFiles.BreastCancer, dataDirectory));

    /// <summary>The breast cancer classes, by label: malignant (0), benign (1).</summary>
    public static IReadOnlyList<string> BreastCancerClassNames { get; } = ["malignant", "benign"];

    /// <summary>
    /// Handwritten digits: 1797 images of 8x8 pixels as rows of 64 (row-major), 10 classes (digits 0-9).
    /// Pixels are scaled from counts 0..16 to [0, 1] (divided by 16), like the Fashion-MNIST loaders.
    /// </summary>
    /// <param name="dataDirectory">The data folder; null to locate it.</param>
    public static Dataset Digits(string? dataDirectory = null) =>
        SklearnCsv.LoadDigits(BundledFiles.Resolve(BundledFiles.Digits, dataDirectory));

    /// <summary>Side length of a digits image: 8 (8x8 = 64 pixels).</summary>
    public const int DigitsSize = 8;
}
