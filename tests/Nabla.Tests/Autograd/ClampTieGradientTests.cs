namespace Nabla.Tests.Autograd;

/// <summary>
/// The clamps max(x, c) and min(x, c) at the tie x == c pass the gradient (derivative 1), as torch.clamp_min and
/// torch.clamp_max do (their backward masks with x &gt;= min and x &lt;= max); strictly on the clamped side it is 0.
/// </summary>
public sealed class ClampTieGradientTests
{
    [Fact]
    public void ClampMinPassesTheGradientAtTheTieAndAboveButNotBelow()
    {
        var x = Tensor.Row([0.5, 1.0, 1.5], requiresGrad: true);
        var y = x.ClampMin(1.0);
        y.Sum().Backward();
        Assert.Equal([1.0, 1.0, 1.5], y.Data.Row(0).ToArray());
        Assert.Equal([0.0, 1.0, 1.0], x.Grad.Row(0).ToArray());
    }

    [Fact]
    public void ClampMaxPassesTheGradientAtTheTieAndBelowButNotAbove()
    {
        var x = Tensor.Row([0.5, 1.0, 1.5], requiresGrad: true);
        var y = x.ClampMax(1.0);
        y.Sum().Backward();
        Assert.Equal([0.5, 1.0, 1.0], y.Data.Row(0).ToArray());
        Assert.Equal([1.0, 1.0, 0.0], x.Grad.Row(0).ToArray());
    }
}
