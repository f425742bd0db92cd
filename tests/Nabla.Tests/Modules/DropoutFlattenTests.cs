namespace Nabla.Tests.Modules;

/// <summary>Dropout keeps the expectation in training and is the identity in evaluation; Flatten's accepted shapes.</summary>
public sealed class DropoutFlattenTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void DropoutKeepsTheExpectedActivationInTraining(double p)
    {
        var dropout = new Dropout(p, new Random(11));
        var x = Tensor.Full(200, 500, 2.0);                 // 100,000 units
        var y = dropout.Forward(x).Data.Enumerate().ToArray();
        var n = y.Length;
        // Each output is 2/(1-p) with probability 1-p, else 0: mean 2, standard deviation 2 sqrt(p/(1-p)).
        var standardError = 2 * Math.Sqrt(p / (1 - p)) / Math.Sqrt(n);
        Assert.InRange(y.Average(), 2 - 5 * standardError, 2 + 5 * standardError);
        var dropped = y.Count(v => v == 0) / (double)n;
        Assert.InRange(dropped, p - 5 * Math.Sqrt(p * (1 - p) / n), p + 5 * Math.Sqrt(p * (1 - p) / n));
        Assert.All(y.Where(v => v != 0), v => Assert.Equal(2 / (1 - p), v, 12));
    }

    [Fact]
    public void DropoutIsTheIdentityInEvalAndRandomInTraining()
    {
        var dropout = new Dropout(0.5, new Random(1));
        var x = TestData.OffKink(4, 6, seed: 2);
        Assert.NotEqual(dropout.Forward(x).Data, dropout.Forward(x).Data); // a fresh mask per call
        dropout.Eval();
        Assert.Same(x, dropout.Forward(x));
        dropout.Train();
        Assert.NotEqual(x.Data, dropout.Forward(x).Data);
        Assert.Same(x, new Dropout(0, new Random(0)).Forward(x));
        Assert.Equal("Dropout(p=0.5)", dropout.ToString());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void DropoutRejectsAProbabilityOutsideZeroToOne(double p)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Dropout(p, new Random(0)));
        Assert.Contains("[0, 1)", error.Message);
        Assert.Contains($"got {p}", error.Message);
    }

    [Fact]
    public void FlattenReshapesStackedImagesRowByRow()
    {
        var images = new[] { new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, new double[,] { { 7, 8, 9 }, { 10, 11, 12 } } };
        var stacked = Tensor.FromArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 }, { 10, 11, 12 } }); // (N*H, W)
        var flat = new Flatten(2, 3).Forward(stacked);
        Assert.Equal((2, 6), (flat.Rows, flat.Columns));
        Assert.Equal(new double[] { 1, 2, 3, 4, 5, 6 }, flat.Data.Row(0).ToArray());
        Assert.Equal(Flatten.Images(images).Data, flat.Data);
        var already = Flatten.Images(images);
        Assert.Same(already, new Flatten(2, 3).Forward(already));
    }

    [Fact]
    public void FlattenNamesBothAcceptedShapesAndTheActualOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new Flatten(28, 28).Forward(Tensor.Zeros(100, 27)));
        Assert.Contains("(N*28, 28)", error.Message);
        Assert.Contains("(N, 784)", error.Message);
        Assert.Contains("(100, 27)", error.Message);
        Assert.Throws<ArgumentException>(() => new Flatten(28, 28).Forward(Tensor.Zeros(30, 28))); // 30 is not a multiple of 28
        Assert.Throws<ArgumentOutOfRangeException>(() => new Flatten(0, 28));
    }

    [Fact]
    public void FlattenImagesRejectsMixedSizesAndEmptyLists()
    {
        var error = Assert.Throws<ArgumentException>(() => Flatten.Images([new double[2, 2], new double[2, 3]]));
        Assert.Contains("2x2", error.Message);
        Assert.Contains("2x3 at index 1", error.Message);
        Assert.Throws<ArgumentException>(() => Flatten.Images([]));
    }
}
