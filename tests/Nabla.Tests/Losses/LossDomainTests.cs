namespace Nabla.Tests.Losses;

/// <summary>
/// Probabilities and targets outside [0, 1] (and log-probabilities above 0) used to give finite, even negative,
/// losses: a silent wrong result. They are refused, naming the value and where it is; NaN still propagates.
/// </summary>
public sealed class LossDomainTests
{
    [Fact]
    public void BinaryCrossEntropyRejectsAProbabilityAboveOne()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.BinaryCrossEntropy(Tensor.Column(0.5, 1.5), Tensor.Column(1, 1)));
        Assert.StartsWith("BinaryCrossEntropy expects input in [0, 1], found 1.5 at row 1, column 0.", error.Message);
        Assert.Equal("input", error.ParamName);
    }

    [Fact]
    public void BinaryCrossEntropyRejectsATargetOutsideZeroToOne()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.BinaryCrossEntropy(Tensor.Row(0.2, 0.7), Tensor.Row(1, -0.5)));
        Assert.StartsWith("BinaryCrossEntropy expects target in [0, 1], found -0.5 at row 0, column 1.", error.Message);
        Assert.Equal("target", error.ParamName);
    }

    [Fact]
    public void BinaryCrossEntropyWithLogitsRejectsATargetOfTwo()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.BinaryCrossEntropyWithLogits(Tensor.Column(3, -1, 0), Tensor.Column(1, 0, 2)));
        Assert.StartsWith("BinaryCrossEntropyWithLogits expects target in [0, 1], found 2 at row 2, column 0.", error.Message);
    }

    [Fact]
    public void CrossEntropyRejectsATargetProbabilityAboveOne()
    {
        var targets = Tensor.FromArray(new[,] { { 0.0, 1.0 }, { 1.2, -0.2 } });
        var error = Assert.Throws<ArgumentException>(() => Loss.CrossEntropy(Tensor.Zeros(2, 2), targets));
        Assert.StartsWith("CrossEntropy expects target in [0, 1], found 1.2 at row 1, column 0.", error.Message);
    }

    [Fact]
    public void NllLossRejectsLogitsPassedAsLogProbabilities()
    {
        var logits = Tensor.FromArray(new[,] { { -1.0, -2.0 }, { 0.7, -0.3 } });
        var error = Assert.Throws<ArgumentException>(() => Loss.NllLoss(logits, [0, 1]));
        Assert.StartsWith("NllLoss expects log-probabilities <= 0 (the log of a probability), found 0.7 at row 1, column 0: " +
            "pass logits.LogSoftmax(), or give the logits to CrossEntropy.", error.Message);
    }

    [Fact]
    public void TheEdgesZeroAndOneAreAcceptedAndNanPropagates()
    {
        Assert.Equal(0.0, Loss.BinaryCrossEntropy(Tensor.Row(0, 1), Tensor.Row(0, 1)).Item());
        Assert.True(double.IsNaN(Loss.BinaryCrossEntropy(Tensor.Row(double.NaN), Tensor.Row(1)).Item()));
        Assert.True(double.IsNaN(Loss.BinaryCrossEntropyWithLogits(Tensor.Row(1), Tensor.Row(double.NaN)).Item()));
    }
}
