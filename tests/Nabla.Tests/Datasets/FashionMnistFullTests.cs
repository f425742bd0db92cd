namespace Nabla.Tests;

/// <summary>
/// The full official set: loaded and checked when Debian's dataset-fashion-mnist is installed (it is in the
/// kit's build environment); otherwise the loader must say where it looked. Files with other content fail
/// their checksum.
/// </summary>
public sealed class FashionMnistFullTests
{
    private static bool DebianFilesPresent =>
        FashionMnist.FileNames.All(name => File.Exists(Path.Combine(FashionMnist.DebianDirectory, name)));

    [Fact]
    public void FullSetLoadsWithOfficialCountsOrReportsWhereItLooked()
    {
        if (!DebianFilesPresent)
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => FashionMnist.Load(FashionMnist.DebianDirectory));
            Assert.Contains(FashionMnist.DebianDirectory, error.Message);
            Assert.Contains("nabla data fashion-mnist", error.Message);
            return;
        }

        var (train, test) = FashionMnist.Load(FashionMnist.DebianDirectory);
        Assert.Equal((60000, 784), (train.Count, train.Features));
        Assert.Equal((10000, 784), (test.Count, test.Features));
        Assert.Equal(Enumerable.Repeat(6000, 10), DataPaths.ClassCounts(train.Labels!, 10));
        Assert.Equal(Enumerable.Repeat(1000, 10), DataPaths.ClassCounts(test.Labels!, 10));
    }

    [Fact]
    public void SubsetIsTheFirstImagesOfEachClassOrIsSelfConsistent()
    {
        var subset = Idx.ReadImages(Path.Combine(DataPaths.Data, BundledFiles.FashionTrainImages));
        var subsetLabels = Idx.ReadLabels(Path.Combine(DataPaths.Data, BundledFiles.FashionTrainLabels));
        Assert.Equal((10000, 28, 28), (subset.Count, subset.Rows, subset.Columns));
        if (!DebianFilesPresent)
        {
            Assert.Equal(Enumerable.Repeat(1000, 10), DataPaths.ClassCounts(subsetLabels.Select(b => (int)b).ToArray(), 10));
            return;
        }

        // Re-apply the documented rule to the official training file: the first 1,000 of each class, in order.
        var images = Idx.ReadImages(Path.Combine(FashionMnist.DebianDirectory, "train-images-idx3-ubyte.gz"));
        var labels = Idx.ReadLabels(Path.Combine(FashionMnist.DebianDirectory, "train-labels-idx1-ubyte.gz"));
        var taken = new int[10];
        var chosen = Enumerable.Range(0, labels.Length).Where(i => taken[labels[i]]++ < 1000).ToArray();
        Assert.Equal(chosen.Select(i => labels[i]), subsetLabels);
        for (var k = 0; k < chosen.Length; k++)
        {
            Assert.True(images.Pixels.AsSpan(chosen[k] * 784, 784).SequenceEqual(subset.Pixels.AsSpan(k * 784, 784)),
                $"subset image {k} should be official image {chosen[k]}");
        }
    }

    [Fact]
    public void FilesWithOtherContentFailTheOfficialChecksum()
    {
        var folder = DataPaths.NewTempFolder();
        foreach (var (name, bytes) in IdxFiles.FakeFashionFiles())
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        var error = Assert.Throws<ChecksumMismatchException>(() => FashionMnist.Load(folder));
        Assert.Contains("SHA-256 of the decompressed content", error.Message);
        Assert.Equal(FashionMnist.OfficialContentSha256["train-images-idx3-ubyte.gz"], error.Expected);
    }

    [Fact]
    public void MissingFilesAreListed()
    {
        var folder = DataPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder, "train-labels-idx1-ubyte"), IdxFiles.Labels(1)); // decompressed name counts
        var error = Assert.Throws<DirectoryNotFoundException>(() => FashionMnist.Load(folder));
        Assert.Contains($"{folder} (the argument): missing train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz", error.Message);
        Assert.Contains("FashionMnist.LoadSubset()", error.Message);
    }
}
