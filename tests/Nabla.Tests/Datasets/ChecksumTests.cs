namespace Nabla.Tests;

/// <summary>Shipped files are verified on load; a single changed byte is reported with both hashes.</summary>
public sealed class ChecksumTests
{
    [Fact]
    public void FlippedByteFailsWithPathAndBothHashes()
    {
        var folder = DataPaths.CopyOfDataFile(BundledFiles.Iris);
        var path = Path.Combine(folder, "uci", "iris.csv");
        var bytes = File.ReadAllBytes(path);
        bytes[100] ^= 0x01;                                                     // '.' <-> '/' or a digit changes
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ChecksumMismatchException>(() => Datasets.Iris(folder));
        Assert.Equal(path, error.Path);
        Assert.Equal(BundledFiles.Sha256[BundledFiles.Iris], error.Expected);
        Assert.Equal(Checksum.Sha256(path), error.Actual);
        Assert.NotEqual(error.Expected, error.Actual);
        Assert.Contains(path, error.Message);
        Assert.Contains(error.Expected, error.Message);
        Assert.Contains(error.Actual, error.Message);
    }

    [Fact]
    public void UnchangedCopyLoads()
    {
        var folder = DataPaths.CopyOfDataFile(BundledFiles.Wine);
        Assert.Equal(178, Datasets.Wine(folder).Count);
    }

    [Fact]
    public void FlippedByteInTheImageSubsetFails()
    {
        var folder = DataPaths.CopyOfDataFile(BundledFiles.FashionTestLabels);
        var path = Path.Combine(folder, BundledFiles.FashionTestLabels);
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 0x80;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<ChecksumMismatchException>(() => BundledFiles.Resolve(BundledFiles.FashionTestLabels, folder));
    }

    [Fact]
    public void MissingFileAndUnknownNameAreReported()
    {
        var folder = DataPaths.CopyOfDataFile(BundledFiles.Wine);
        var missing = Assert.Throws<FileNotFoundException>(() => Datasets.Iris(folder));
        Assert.Contains("uci/iris.csv", missing.Message);
        var unknown = Assert.Throws<ArgumentException>(() => BundledFiles.Resolve("uci/nope.csv", folder));
        Assert.Contains("got 'uci/nope.csv'", unknown.Message);
    }

    [Fact]
    public void Sha256MatchesAKnownVector()
    {
        // FIPS 180-2 test vector: SHA-256("abc").
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Checksum.Sha256("abc"u8));
    }

    [Fact]
    public void ContentHashIgnoresTheGzipWrapper()
    {
        var folder = DataPaths.NewTempFolder();
        var content = IdxFiles.Labels(1, 2, 3);
        File.WriteAllBytes(Path.Combine(folder, "a.gz"), IdxFiles.Gzip(content));
        File.WriteAllBytes(Path.Combine(folder, "a"), content);
        Assert.Equal(Checksum.Sha256(content), Checksum.ContentSha256(Path.Combine(folder, "a.gz")));
        Assert.Equal(Checksum.Sha256(content), Checksum.ContentSha256(Path.Combine(folder, "a")));
        Assert.NotEqual(Checksum.Sha256(Path.Combine(folder, "a.gz")), Checksum.ContentSha256(Path.Combine(folder, "a.gz")));
    }
}
