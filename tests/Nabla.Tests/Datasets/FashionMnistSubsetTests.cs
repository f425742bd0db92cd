namespace Nabla.Tests;

/// <summary>The shipped Fashion-MNIST subset: 10,000 / 2,000 images of 784 pixels in [0, 1], balanced classes.</summary>
public sealed class FashionMnistSubsetTests
{
    private static readonly (Dataset Train, Dataset Test) Subset = FashionMnist.LoadSubset(DataPaths.Data);

    [Fact]
    public void TrainingPartHas1000ImagesPerClass()
    {
        var train = Subset.Train;
        Assert.Equal((10000, 784), (train.Count, train.Features));
        Assert.Equal((10000, 10), (train.Y.RowCount, train.Y.ColumnCount));
        Assert.Equal(Enumerable.Repeat(1000, 10), DataPaths.ClassCounts(train.Labels!, 10));
    }

    [Fact]
    public void TestPartHas200ImagesPerClass()
    {
        var test = Subset.Test;
        Assert.Equal((2000, 784), (test.Count, test.Features));
        Assert.Equal(Enumerable.Repeat(200, 10), DataPaths.ClassCounts(test.Labels!, 10));
    }

    [Fact]
    public void SubsetKeepsTheOfficialFileOrder()
    {
        // The first labels of the official files; no class has reached its quota yet, so they are kept.
        Assert.Equal([9, 0, 0, 3, 0, 2, 7, 2, 5, 5, 0, 9], Subset.Train.Labels![..12]);
        Assert.Equal([9, 2, 1, 1, 6, 1, 4, 6, 5, 7, 4, 5], Subset.Test.Labels![..12]);
    }

    [Fact]
    public void PixelsAreScaledToUnitRange()
    {
        var first = Subset.Train.X.Row(0);
        Assert.Equal(0.0, first.Minimum());
        Assert.Equal(1.0, first.Maximum());                                     // a 255 pixel
        Assert.Equal(76247 / 255.0, first.Sum(), 9);                            // sum of the raw bytes / 255
        Assert.All(Subset.Test.X.Enumerate(), v => Assert.InRange(v, 0.0, 1.0));
    }

    [Fact]
    public void ClassNamesFollowTheOfficialLabels()
    {
        Assert.Equal(10, FashionMnist.ClassNames.Count);
        Assert.Equal("T-shirt/top", FashionMnist.ClassNames[0]);
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[9]);
    }
}
