using System.Security.Cryptography;

namespace Nabla.Notebooks;

/// <summary>
/// The held-out images a grader scores saved classifiers on (<see cref="HeldOutScoring"/>), kept in the autograder
/// bundle's <c>held-out/</c> folder and never handed to students. <c>nabla assign --held-out FOLDER</c> makes it from
/// Fashion-MNIST test files (<c>t10k-images-idx3-ubyte</c> and <c>t10k-labels-idx1-ubyte</c>, gzip or plain, as in
/// the official download or Debian's <c>dataset-fashion-mnist</c>), dropping every image that is byte for byte one
/// the students have (the kit's bundled subset), so that a score measures how well a model generalizes, not what
/// it memorized.
/// </summary>
public static class HeldOutSet
{
    /// <summary>The folder inside the bundle.</summary>
    public const string FolderName = "held-out";

    /// <summary>The images' file name inside <see cref="FolderName"/>.</summary>
    public const string ImagesName = "images-idx3-ubyte.gz";

    /// <summary>The labels' file name inside <see cref="FolderName"/>.</summary>
    public const string LabelsName = "labels-idx1-ubyte.gz";

    /// <summary>What <see cref="Write"/> kept.</summary>
    /// <param name="Images">Images in the held-out set.</param>
    /// <param name="Dropped">Images of the source left out because students have them.</param>
    /// <param name="Sha256">SHA-256 of the images file written (hex, lower case).</param>
    public sealed record Summary(int Images, int Dropped, string Sha256);

    /// <summary>Writes the held-out set made from the test files in <paramref name="sourceFolder"/> into <paramref name="bundleFolder"/>/held-out.</summary>
    /// <param name="sourceFolder">A folder with Fashion-MNIST's test images and labels.</param>
    /// <param name="studentImageFiles">IDX image files the students have; their images are left out.</param>
    /// <param name="bundleFolder">The autograder bundle.</param>
    /// <exception cref="GradingSetupException">The files are missing or not 28x28 images with labels 0-9, or no image is left.</exception>
    public static Summary Write(string sourceFolder, IEnumerable<string> studentImageFiles, string bundleFolder)
    {
        ArgumentNullException.ThrowIfNull(sourceFolder);
        ArgumentNullException.ThrowIfNull(studentImageFiles);
        ArgumentNullException.ThrowIfNull(bundleFolder);
        string imagesPath = Find(sourceFolder, "t10k-images-idx3-ubyte");
        string labelsPath = Find(sourceFolder, "t10k-labels-idx1-ubyte");
        IdxRecords images, labels;
        try
        {
            images = IdxRecords.Read(imagesPath);
            labels = IdxRecords.Read(labelsPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new GradingSetupException($"--held-out: {e.Message}");
        }
        if (images.Dimensions is not [_, 28, 28] || labels.Dimensions.Length != 1 || labels.Count != images.Count)
            throw new GradingSetupException($"--held-out: expected N images of 28x28 and N labels, found images {string.Join(" x ", images.Dimensions)} and labels {string.Join(" x ", labels.Dimensions)}");
        if (labels.Data.Select((l, i) => (l, i)).FirstOrDefault(p => p.l > 9) is { l: > 9 } bad)
            throw new GradingSetupException($"--held-out: expected labels 0-9, found {bad.l} at index {bad.i} of {labelsPath}");
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in studentImageFiles)
        {
            var theirs = IdxRecords.Read(file);
            for (int i = 0; i < theirs.Count; i++)
                known.Add(Convert.ToBase64String(theirs.Record(i)));
        }
        int[] kept = [.. Enumerable.Range(0, images.Count).Where(i => !known.Contains(Convert.ToBase64String(images.Record(i))))];
        if (kept.Length == 0)
            throw new GradingSetupException($"--held-out: every image of {imagesPath} is one the students have; expected test images they do not have");
        string folder = Path.Combine(bundleFolder, FolderName);
        images.Select(kept).WriteGzip(Path.Combine(folder, ImagesName));
        labels.Select(kept).WriteGzip(Path.Combine(folder, LabelsName));
        string sha = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, ImagesName)))).ToLowerInvariant();
        return new Summary(kept.Length, images.Count - kept.Length, sha);
    }

    /// <summary>The number of held-out images in a bundle's <c>held-out/</c> folder.</summary>
    public static int CountIn(string bundleFolder) => IdxRecords.Read(Path.Combine(bundleFolder, FolderName, LabelsName)).Count;

    private static string Find(string folder, string stem) =>
        new[] { stem + ".gz", stem }.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists)
        ?? throw new GradingSetupException($"--held-out: expected {stem}.gz (or {stem}) in {folder}, found no such file " +
            "(Fashion-MNIST's test files: on Debian, apt-get install dataset-fashion-mnist puts them in /usr/share/datasets/fashion-mnist)");
}
