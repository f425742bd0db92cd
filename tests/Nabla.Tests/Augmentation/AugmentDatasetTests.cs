namespace Nabla.Tests;

/// <summary>Augmenting a dataset: sizes, labels and originals preserved, same seed same copies.</summary>
public sealed class AugmentDatasetTests
{
    private static readonly Dataset Small = FashionMnist.LoadSubset(DataPaths.Data).Test.Subset([.. Enumerable.Range(0, 20)]);

    private static IImageTransform Pipeline() => new Compose(
        new RandomShift(2), new RandomRotation(10), new HorizontalFlip(), new RandomZoomCrop(0.85, p: 0.5),
        new GaussianNoise(0.05, p: 0.5), new RandomErasing(p: 0.5));

    [Fact]
    public void OriginalsThenCopiesWithLabelsPreserved()
    {
        var augmented = ImageAugmentation.Augment(Small, Pipeline(), 28, 28, new Random(1), copies: 2);
        Assert.Equal((60, 784), (augmented.Count, augmented.Features));
        Assert.Equal(Small.Labels!.Concat(Small.Labels!).Concat(Small.Labels!), augmented.Labels);
        Assert.Equal(Small.Y, augmented.Y.SubMatrix(40, 20, 0, 10));
        Assert.Equal(Small.X, augmented.X.SubMatrix(0, 20, 0, 784));          // the originals come first, unchanged
        Assert.NotEqual(Small.X, augmented.X.SubMatrix(20, 20, 0, 784));
        Assert.All(augmented.X.Enumerate(), v => Assert.InRange(v, 0.0, 1.0));
    }

    [Fact]
    public void SameSeedGivesTheSameCopies()
    {
        var a = ImageAugmentation.Augment(Small, Pipeline(), 28, 28, new Random(4), copies: 1, keepOriginals: false);
        var b = ImageAugmentation.Augment(Small, Pipeline(), 28, 28, new Random(4), copies: 1, keepOriginals: false);
        var c = ImageAugmentation.Augment(Small, Pipeline(), 28, 28, new Random(5), copies: 1, keepOriginals: false);
        Assert.Equal(20, a.Count);
        Assert.Equal(a.X, b.X);
        Assert.NotEqual(a.X, c.X);
    }

    [Fact]
    public void RegressionTargetsAreCopiedToo()
    {
        var data = Dataset.Regression(new double[,] { { 0, 1, 0, 1 } }, new double[,] { { 42 } });
        var augmented = ImageAugmentation.Augment(data, new HorizontalFlip(p: 1), 2, 2, new Random(0), copies: 3);
        Assert.Equal(4, augmented.Count);
        Assert.Null(augmented.Labels);
        Assert.All(augmented.Y.Enumerate(), y => Assert.Equal(42.0, y));
        Assert.Equal([1, 0, 1, 0], augmented.X.Row(3).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageAugmentation.Augment(data, new HorizontalFlip(), 2, 2, new Random(0), copies: 0));
    }
}
