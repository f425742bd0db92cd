namespace Nabla.Tests.Losses;

/// <summary>
/// Boundaries and less-travelled paths of the losses, each checked against a hand derivation (issue 18: survivors
/// of mutation testing on src/Nabla/Losses).
/// </summary>
public sealed class LossBoundaryTests
{
    [Fact]
    public void GaussianNllLossAcceptsEpsZeroAndRefusesANegativeOne()
    {
        // eps = 0 lifts nothing: sigma^2 = e^0 = 1, so each term is 0.5 (ln 1 + (mu - t)^2 / 1) = 0.5 * 4 = 2.
        var loss = Loss.GaussianNllLoss(Tensor.Row(1.0), Tensor.Row(3.0), Tensor.Row(0.0), eps: 0);
        Assert.Equal(2.0, loss.Item(), 15);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.GaussianNllLoss(Tensor.Row(1.0), Tensor.Row(3.0), Tensor.Row(0.0), eps: -1));
        Assert.StartsWith("GaussianNllLoss expects eps >= 0, got -1.", e.Message, StringComparison.Ordinal);
        Assert.Equal("eps", e.ParamName);
    }

    [Fact]
    public void OneHotWithOneClassIsAColumnOfOnes() =>
        Assert.Equal(new[,] { { 1.0 }, { 1.0 } }, Loss.OneHot([0, 0], 1).ToArray());

    [Fact]
    public void CrossEntropyRefusesAnUnknownReduction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Loss.CrossEntropy(Tensor.Row(0.0, 1.0), [1], (Reduction)99));

    [Fact]
    public void SoftTargetsThatDoNotSumToOneGetTheGeneralGradient()
    {
        // dL/du_k = softmax(u)_k * sum_j d_j - d_k. With u = (0, 0): softmax = (1/2, 1/2); d = (0.2, 0.3), sum 0.5:
        // dL/du = (0.25 - 0.2, 0.25 - 0.3) = (0.05, -0.05).
        var logits = Tensor.Row([0.0, 0.0], requiresGrad: true);
        Loss.CrossEntropy(logits, Tensor.Row(0.2, 0.3), Reduction.Sum).Backward();
        Assert.Equal(0.05, logits.Grad[0, 0], 14);
        Assert.Equal(-0.05, logits.Grad[0, 1], 14);
    }

    [Fact]
    public void TargetsThatRequireAGradientGetMinusLogSoftmaxAndConstantLogitsNone()
    {
        // dL/dd_k = -ln softmax(u)_k. With u = (0, ln 3): softmax = (1/4, 3/4), so dL/dd = (ln 4, -ln(3/4)).
        var logits = Tensor.Row(0.0, Math.Log(3));                          // a constant: its Grad stays zero
        var targets = Tensor.Row([0.5, 0.5], requiresGrad: true);
        var loss = Loss.CrossEntropy(logits, targets, Reduction.Sum);
        loss.Backward();
        Assert.Equal(Math.Log(4), targets.Grad[0, 0], 14);
        Assert.Equal(-Math.Log(0.75), targets.Grad[0, 1], 14);
        Assert.All(logits.Grad.Enumerate(), g => Assert.Equal(0.0, g));
        Assert.Equal("softmax_cross_entropy", loss.Op);                     // the node's name in graph drawings
        Assert.Equal(2, loss.Parents.Count);
    }
}
