namespace Nabla.Notebooks.Tests;

/// <summary>Making the held-out set: images the students have are dropped, bad files are refused with what was found.</summary>
public sealed class HeldOutSetTests
{
    private static byte[][] Images(int count) => [.. Enumerable.Range(0, count).Select(HeldOutAssignment.Image)];

    [Fact]
    public void Images_the_students_have_are_dropped_and_the_rest_kept_in_order_with_their_labels()
    {
        using var folder = new TempFolder();
        var images = Images(12);
        images[11] = [.. images[11]];
        images[11][500] = 7;                                   // image 11 differs from image 1 in one pixel
        HeldOutAssignment.WriteTestFiles(Path.Combine(folder.Path, "source"), images);
        string students = Path.Combine(folder.Path, "students-images.gz");
        HeldOutAssignment.WriteIdx(students, [2, 28, 28], [.. images[3], .. images[7]]);

        var summary = HeldOutSet.Write(Path.Combine(folder.Path, "source"), [students], Path.Combine(folder.Path, "bundle"));

        Assert.Equal((10, 2), (summary.Images, summary.Dropped));
        var keptImages = IdxRecords.Read(Path.Combine(folder.Path, "bundle", "held-out", "images-idx3-ubyte.gz"));
        var keptLabels = IdxRecords.Read(Path.Combine(folder.Path, "bundle", "held-out", "labels-idx1-ubyte.gz"));
        Assert.Equal([10, 28, 28], keptImages.Dimensions);
        Assert.Equal(new byte[] { 0, 1, 2, 4, 5, 6, 8, 9, 0, 1 }, keptLabels.Data);
        Assert.Equal(images[11], keptImages.Record(9).ToArray());
        Assert.Equal(10, HeldOutSet.CountIn(Path.Combine(folder.Path, "bundle")));
        Assert.Equal(64, summary.Sha256.Length);
    }

    [Fact]
    public void Plain_uncompressed_files_are_read_too()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0, 0, 8, 1, 0, 0, 0, 3, 4, 5, 6 };
        File.WriteAllBytes(Path.Combine(folder.Path, "labels"), bytes);
        var labels = IdxRecords.Read(Path.Combine(folder.Path, "labels"));
        Assert.Equal([3], labels.Dimensions);
        Assert.Equal(new byte[] { 4, 5, 6 }, labels.Data);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 9, 1, 0, 0, 0, 1, 5 }, "expected an IDX file of unsigned bytes (00 00 08 and 1-4 dimensions), found 00000901")]
    [InlineData(new byte[] { 0, 0, 8, 1, 0, 0 }, "expected 1 dimensions after the magic number, found the end of the file")]
    [InlineData(new byte[] { 0, 0, 8, 1, 0, 0, 0, 4, 5 }, "expected 4 = 4 data bytes, found 1")]
    public void A_damaged_file_is_refused_with_what_was_found(byte[] bytes, string message)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "bad");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => IdxRecords.Read(path));
        Assert.Equal($"{path}: {message}", e.Message);
    }

    [Fact]
    public void A_folder_without_the_test_files_is_refused_with_where_to_get_them()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<GradingSetupException>(() => HeldOutSet.Write(folder.Path, [], Path.Combine(folder.Path, "bundle")));
        Assert.StartsWith($"--held-out: expected t10k-images-idx3-ubyte.gz (or t10k-images-idx3-ubyte) in {folder.Path}, found no such file", e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install dataset-fashion-mnist", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "bundle")));
    }

    [Fact]
    public void Labels_outside_0_to_9_or_a_count_mismatch_are_refused()
    {
        using var folder = new TempFolder();
        HeldOutAssignment.WriteTestFiles(folder.Path, Images(3), [1, 12, 2]);
        var e = Assert.Throws<GradingSetupException>(() => HeldOutSet.Write(folder.Path, [], Path.Combine(folder.Path, "bundle")));
        Assert.StartsWith("--held-out: expected labels 0-9, found 12 at index 1 of ", e.Message, StringComparison.Ordinal);

        HeldOutAssignment.WriteTestFiles(folder.Path, Images(3), [1, 2]);
        e = Assert.Throws<GradingSetupException>(() => HeldOutSet.Write(folder.Path, [], Path.Combine(folder.Path, "bundle")));
        Assert.Equal("--held-out: expected N images of 28x28 and N labels, found images 3 x 28 x 28 and labels 2", e.Message);
    }

    [Fact]
    public void A_set_the_students_have_entirely_is_refused()
    {
        using var folder = new TempFolder();
        HeldOutAssignment.WriteTestFiles(folder.Path, Images(2));
        string students = Path.Combine(folder.Path, "theirs.gz");
        HeldOutAssignment.WriteIdx(students, [2, 28, 28], [.. Images(2).SelectMany(x => x)]);
        var e = Assert.Throws<GradingSetupException>(() => HeldOutSet.Write(folder.Path, [students], Path.Combine(folder.Path, "bundle")));
        Assert.Contains("is one the students have; expected test images they do not have", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.49, 0)]
    [InlineData(0.5, 2)]
    [InlineData(0.89999, 2)]
    [InlineData(0.9, 4)]
    [InlineData(1.0, 4)]
    public void Points_are_those_of_the_highest_threshold_reached(double accuracy, double points)
    {
        var scoring = new HeldOutScoring("m.nabla", [new HeldOutThreshold(0.5, 2), new HeldOutThreshold(0.9, 4)]);
        Assert.Equal(points, scoring.PointsFor(accuracy));
        Assert.Equal("≥ 0.5: 2 points, ≥ 0.9: 4 points", scoring.Table());
    }
}
