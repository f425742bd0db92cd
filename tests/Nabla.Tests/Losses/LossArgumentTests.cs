namespace Nabla.Tests.Losses;

/// <summary>
/// A null argument to a loss is refused with an ArgumentNullException before anything is computed (issue 18:
/// mutation testing showed that removing those checks went unnoticed; without them a null surfaces as a
/// NullReferenceException deep inside, or not at all).
/// </summary>
public sealed class LossArgumentTests
{
    private static readonly Tensor Prediction = Tensor.Row(0.2, 0.7);
    private static readonly Tensor Target = Tensor.Row(0.0, 1.0);

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "mse prediction", () => Loss.MseLoss(null!, Target) },
        { "mse target", () => Loss.MseLoss(Prediction, null!) },
        { "bce target", () => Loss.BinaryCrossEntropy(Prediction, null!) },
        { "cross-entropy logits", () => Loss.CrossEntropy(null!, [0]) },
        { "cross-entropy labels", () => Loss.CrossEntropy(Prediction, (int[])null!) },
        { "cross-entropy targets", () => Loss.CrossEntropy(Prediction, (Tensor)null!) },
        { "nll log-probabilities", () => Loss.NllLoss(null!, [0]) },
        { "nll labels", () => Loss.NllLoss(Tensor.Row(-0.5, -1.0), null!) },
        { "gaussian log-variance", () => Loss.GaussianNllLoss(Prediction, Target, null!) },
        { "one-hot labels", () => Loss.OneHot(null!, 3) },
        { "one-hot labels before classes", () => Loss.OneHot(null!, 0) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void ANullArgumentIsRefused(string what, Action call)
    {
        Assert.NotNull(what);
        Assert.Throws<ArgumentNullException>(call);
    }

    [Fact]
    public void TheNullTargetIsNamed()
    {
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Loss.MseLoss(Prediction, null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Loss.CrossEntropy(Prediction, (int[])null!)).ParamName);
        Assert.Equal("logVariance", Assert.Throws<ArgumentNullException>(() => Loss.GaussianNllLoss(Prediction, Target, null!)).ParamName);
    }

    [Fact]
    public void ANullTargetIsReportedBeforeAnythingWrongWithTheInput()
    {
        // 0.5 is no log-probability (NllLoss refuses entries above 0), but the null target is named first.
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Loss.NllLoss(Tensor.Row(0.5, -1.0), null!)).ParamName);
    }
}
