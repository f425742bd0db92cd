namespace Nabla.Tests;

/// <summary>FashionMnist.DownloadAsync against a loopback server: success, skip, checksum mismatch, 404.</summary>
public sealed class DownloadTests
{
    private static readonly Dictionary<string, byte[]> Files = IdxFiles.FakeFashionFiles();

    /// <summary>The SHA-256 of each fake file's decompressed content (what the downloader checks).</summary>
    private static Dictionary<string, string> ExpectedContent() => Files.ToDictionary(
        f => f.Key,
        f =>
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(f.Value), System.IO.Compression.CompressionMode.Decompress);
            using var content = new MemoryStream();
            gzip.CopyTo(content);
            return Checksum.Sha256(content.ToArray());
        });

    [Fact]
    public async Task DownloadsVerifiesAndThenSkipsFilesAlreadyPresent()
    {
        using var server = new LoopbackServer(Files);
        var target = Path.Combine(DataPaths.NewTempFolder(), "fashion");      // created by the download

        var first = await FashionMnist.DownloadAsync(target, ExpectedContent(), server.BaseUri);
        Assert.Equal(4, first.Count);
        Assert.All(first, f => Assert.False(f.AlreadyPresent));
        foreach (var (name, bytes) in Files)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(target, name)));
        }

        Assert.Equal(4, server.Requests);
        Assert.Empty(Directory.GetFiles(target, "*.part"));

        var second = await FashionMnist.DownloadAsync(target, ExpectedContent(), server.BaseUri);
        Assert.All(second, f => Assert.True(f.AlreadyPresent));
        Assert.Equal(4, server.Requests);                                       // nothing fetched again

        var images = Idx.ReadImages(Path.Combine(target, "t10k-images-idx3-ubyte.gz"));
        Assert.Equal((3, 4, 4), (images.Count, images.Rows, images.Columns));
    }

    [Fact]
    public async Task ChecksumMismatchDeletesTheDownloadAndNamesTheUrl()
    {
        using var server = new LoopbackServer(Files);
        var target = DataPaths.NewTempFolder();
        var expected = ExpectedContent();
        expected["train-labels-idx1-ubyte.gz"] = new string('0', 64);

        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() => FashionMnist.DownloadAsync(target, expected, server.BaseUri));
        Assert.Equal(new Uri(server.BaseUri, "train-labels-idx1-ubyte.gz").ToString(), error.Path);
        Assert.Equal(new string('0', 64), error.Expected);
        Assert.Equal(ExpectedContent()["train-labels-idx1-ubyte.gz"], error.Actual);
        Assert.False(File.Exists(Path.Combine(target, "train-labels-idx1-ubyte.gz")));
        Assert.Empty(Directory.GetFiles(target, "*.part"));
    }

    [Fact]
    public async Task OfficialChecksumsRejectOtherFiles()
    {
        using var server = new LoopbackServer(Files);
        var target = DataPaths.NewTempFolder();
        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() => FashionMnist.DownloadAsync(target, server.BaseUri));
        Assert.Equal(FashionMnist.OfficialContentSha256["train-images-idx3-ubyte.gz"], error.Expected);
        Assert.Empty(Directory.GetFiles(target));
    }

    [Fact]
    public async Task NotFoundIsReportedWithUrlAndStatus()
    {
        var files = new Dictionary<string, byte[]>(Files);
        files.Remove("t10k-images-idx3-ubyte.gz");
        using var server = new LoopbackServer(files);
        var target = DataPaths.NewTempFolder();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => FashionMnist.DownloadAsync(target, ExpectedContent(), server.BaseUri));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal($"GET {new Uri(server.BaseUri, "t10k-images-idx3-ubyte.gz")}: expected 200 OK, got 404 Not Found.", error.Message);
        Assert.False(File.Exists(Path.Combine(target, "t10k-images-idx3-ubyte.gz")));
        Assert.True(File.Exists(Path.Combine(target, "train-images-idx3-ubyte.gz")));   // earlier files stay
    }

    [Fact]
    public async Task NonGzipResponseIsAChecksumMismatch()
    {
        var files = new Dictionary<string, byte[]>(Files) { ["train-images-idx3-ubyte.gz"] = "<html>moved</html>"u8.ToArray() };
        using var server = new LoopbackServer(files);
        var target = DataPaths.NewTempFolder();
        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() => FashionMnist.DownloadAsync(target, ExpectedContent(), server.BaseUri));
        Assert.NotEqual(error.Expected, error.Actual);
        Assert.Empty(Directory.GetFiles(target));
    }

    [Fact]
    public void DefaultLocationIsTheOfficialOne()
    {
        Assert.Equal("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/", FashionMnist.OfficialBaseUri.ToString());
        Assert.Equal(FashionMnist.FileNames.Order(), FashionMnist.OfficialContentSha256.Keys.Order());
    }
}
