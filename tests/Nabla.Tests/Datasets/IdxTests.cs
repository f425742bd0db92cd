namespace Nabla.Tests;

/// <summary>The IDX reader: round trip, magic numbers, sizes, truncation, gzip and plain files.</summary>
public sealed class IdxTests
{
    [Fact]
    public void ReadsImagesAndLabelsFromGzipAndPlainFiles()
    {
        var folder = DataPaths.NewTempFolder();
        var images = IdxFiles.Images(2, 3, 4, i => (byte)(10 * i));
        File.WriteAllBytes(Path.Combine(folder, "images.gz"), IdxFiles.Gzip(images));
        File.WriteAllBytes(Path.Combine(folder, "images"), images);
        File.WriteAllBytes(Path.Combine(folder, "labels"), IdxFiles.Labels(4, 7));

        foreach (var name in new[] { "images.gz", "images" })
        {
            var read = Idx.ReadImages(Path.Combine(folder, name));
            Assert.Equal((2, 3, 4), (read.Count, read.Rows, read.Columns));
            Assert.Equal(images[16..], read.Pixels);
        }

        Assert.Equal([4, 7], Idx.ReadLabels(Path.Combine(folder, "labels")));
    }

    [Fact]
    public void ToDatasetScalesPixelsAndKeepsRowMajorOrder()
    {
        var images = Idx.ParseImages(IdxFiles.Images(2, 2, 3, i => (byte)(i == 4 ? 255 : i)), "test");
        var data = FashionMnist.ToDataset(images, [3, 9], "test");
        Assert.Equal((2, 6), (data.Count, data.Features));
        Assert.Equal([0, 1 / 255.0, 2 / 255.0, 3 / 255.0, 1.0, 5 / 255.0], data.X.Row(0).ToArray());
        Assert.Equal(11 / 255.0, data.X[1, 5]);
        Assert.Equal([3, 9], data.Labels!);
        Assert.Equal(1.0, data.Y[1, 9]);
    }

    [Fact]
    public void WrongMagicNumberIsReportedWithBothValues()
    {
        var error = Assert.Throws<InvalidDataException>(() => Idx.ParseImages(IdxFiles.Labels(1, 2), "labels-as-images"));
        Assert.Equal("labels-as-images: expected the IDX magic number 0x00000803 (images, unsigned bytes, 3 dimensions), found 0x00000801.", error.Message);
        var other = Assert.Throws<InvalidDataException>(() => Idx.ParseLabels(IdxFiles.Images(1, 2, 2, _ => 0), "images-as-labels"));
        Assert.Contains("expected the IDX magic number 0x00000801", other.Message);
        Assert.Contains("found 0x00000803", other.Message);
    }

    [Fact]
    public void TruncatedFilesAreReported()
    {
        var images = IdxFiles.Images(3, 4, 4, i => (byte)i);
        var cut = Assert.Throws<InvalidDataException>(() => Idx.ParseImages(images[..^5], "cut"));
        Assert.Equal("cut: the header promises 3 images of 4x4 pixels (64 bytes), found 59 bytes (truncated file).", cut.Message);
        var header = Assert.Throws<InvalidDataException>(() => Idx.ParseImages(images[..10], "short"));
        Assert.Contains("expected a 16-byte image header, found only 10 bytes", header.Message);
        var labels = Assert.Throws<InvalidDataException>(() => Idx.ParseLabels(IdxFiles.Labels(1, 2, 3)[..^1], "labels"));
        Assert.Contains("the header promises 3 labels (11 bytes), found 10 bytes (truncated file)", labels.Message);
        var extra = Assert.Throws<InvalidDataException>(() => Idx.ParseLabels([.. IdxFiles.Labels(1), 0], "extra"));
        Assert.Equal("extra: the header promises 1 labels (9 bytes), found 10 bytes.", extra.Message);
    }

    [Fact]
    public void HugeHeaderSizesAreCountedWithoutWrappingAround()
    {
        byte[] header = [0, 0, 8, 3, 0x7f, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff];   // 3 x int.MaxValue
        var error = Assert.Throws<InvalidDataException>(() => Idx.ParseImages(header, "huge"));
        Assert.Equal("huge: the header promises 2147483647 images of 2147483647x2147483647 pixels (9903520300447984150353281039 bytes), " +
            "found 16 bytes (truncated file).", error.Message);                     // a long wrapped round to a wrong (even negative) count
    }

    [Fact]
    public void TruncatedGzipFileIsReported()
    {
        var folder = DataPaths.NewTempFolder();
        var path = Path.Combine(folder, "images.gz");
        var gz = IdxFiles.Gzip(IdxFiles.Images(20, 8, 8, i => (byte)(i * 7)));
        File.WriteAllBytes(path, gz[..(gz.Length / 2)]);
        var error = Assert.Throws<InvalidDataException>(() => Idx.ReadImages(path));
        Assert.StartsWith("images.gz:", error.Message);
    }

    [Fact]
    public void ImageAndLabelCountsMustAgree()
    {
        var images = Idx.ParseImages(IdxFiles.Images(3, 2, 2, _ => 0), "x");
        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.ToDataset(images, [1, 2], "part"));
        Assert.Equal("part: expected one label per image, found 3 images and 2 labels.", error.Message);
        var label = Assert.Throws<InvalidDataException>(() => FashionMnist.ToDataset(images, [1, 12, 0], "part"));
        Assert.Equal("part: expected labels in 0..9, found 12 at index 1.", label.Message);
    }
}
