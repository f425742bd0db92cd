namespace Nabla.Tests.Losses;

/// <summary>Wrong inputs fail early with messages that say what was expected and what was found.</summary>
public sealed class LossErrorTests
{
    [Fact]
    public void ShapeMismatchNamesTheLossAndBothShapes()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.MseLoss(Tensor.Zeros(4, 1), Tensor.Zeros(4, 2)));
        Assert.StartsWith("MseLoss expects target shape (N, D) = (4, 1), got (4, 2)", error.Message);
        Assert.Equal("target", error.ParamName);
    }

    public static TheoryData<string> ElementwiseLosses => new(
        "MseLoss", "L1Loss", "HuberLoss", "BinaryCrossEntropy", "BinaryCrossEntropyWithLogits", "GaussianNllLoss");

    [Theory]
    [MemberData(nameof(ElementwiseLosses))]
    public void EveryElementwiseLossRejectsAMismatchedTarget(string loss)
    {
        var pred = Tensor.Full(3, 2, 0.5);
        var target = Tensor.Full(2, 3, 0.5);
        Func<Tensor> call = loss switch
        {
            "MseLoss" => () => Loss.MseLoss(pred, target),
            "L1Loss" => () => Loss.L1Loss(pred, target),
            "HuberLoss" => () => Loss.HuberLoss(pred, target),
            "BinaryCrossEntropy" => () => Loss.BinaryCrossEntropy(pred, target),
            "BinaryCrossEntropyWithLogits" => () => Loss.BinaryCrossEntropyWithLogits(pred, target),
            "GaussianNllLoss" => () => Loss.GaussianNllLoss(pred, target, Tensor.Zeros(3, 2)),
            _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, "unknown loss"),
        };

        var error = Assert.Throws<ArgumentException>(call);
        Assert.StartsWith($"{loss} expects target shape (N, D) = (3, 2), got (2, 3)", error.Message);
    }

    [Fact]
    public void CrossEntropyWithTargetsRejectsAMismatchedShape()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.CrossEntropy(Tensor.Zeros(6, 4), Tensor.Zeros(6, 3)));
        Assert.StartsWith("CrossEntropy expects target shape (N, C) = (6, 4), got (6, 3)", error.Message);
    }

    [Fact]
    public void LabelCountMustMatchTheRows()
    {
        var error = Assert.Throws<ArgumentException>(() => Loss.CrossEntropy(Tensor.Zeros(4, 3), [0, 1, 2]));
        Assert.StartsWith("CrossEntropy expects one label per row: 4 labels, got 3.", error.Message);
        error = Assert.Throws<ArgumentException>(() => Loss.NllLoss(Tensor.Zeros(2, 3), [0, 1, 2]));
        Assert.StartsWith("NllLoss expects one label per row: 2 labels, got 3.", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void LabelsMustBeValidClassIndices(int bad)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.CrossEntropy(Tensor.Zeros(3, 3), [0, bad, 1]));
        Assert.StartsWith($"CrossEntropy expects labels in 0..2 (3 classes), got {bad} at index 1.", error.Message);
        error = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.NllLoss(Tensor.Zeros(3, 3), [0, 1, bad]));
        Assert.StartsWith($"NllLoss expects labels in 0..2 (3 classes), got {bad} at index 2.", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void HuberNeedsAPositiveDelta(double delta)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.HuberLoss(Tensor.Zeros(2, 1), Tensor.Zeros(2, 1), delta));
        Assert.StartsWith($"HuberLoss expects a finite delta > 0, got {delta}.", error.Message);
    }

    [Fact]
    public void GaussianNllLossAcceptsOneLogVariancePerExampleButNothingElse()
    {
        var mean = Tensor.Zeros(5, 3);
        var shared = Loss.GaussianNllLoss(mean, Tensor.Full(5, 3, 1.0), Tensor.Full(5, 1, 0.2));
        var full = Loss.GaussianNllLoss(mean, Tensor.Full(5, 3, 1.0), Tensor.Full(5, 3, 0.2));
        Assert.Equal(full.Item(), shared.Item(), 1e-15);

        var error = Assert.Throws<ArgumentException>(() => Loss.GaussianNllLoss(mean, Tensor.Zeros(5, 3), Tensor.Zeros(5, 2)));
        Assert.StartsWith("GaussianNllLoss expects logVariance shape (N, D) = (5, 3) or (N, 1) = (5, 1), got (5, 2)", error.Message);
    }

    [Fact]
    public void AnUnknownReductionIsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Loss.MseLoss(Tensor.Zeros(2, 1), Tensor.Zeros(2, 1), (Reduction)7));
        Assert.StartsWith("Expected Reduction.Mean, Reduction.Sum or Reduction.None, got 7.", error.Message);
    }
}
