namespace Nabla.Tests.Autograd;

/// <summary>
/// The clamps max(x, c) and min(x, c) at the tie x == c pass the gradient (derivative 1), as torch.clamp_min and
/// torch.clamp_max do (their backward masks with x &gt;= min and x &lt;= max); strictly on the clamped side it is 0.
/// </summary>
public sealed class ClampTieGradientTests
{
    [Theory]
    [InlineData(true, new[] { 1.0, 1.0, 1.5 }, new[] { 0.0, 1.0, 1.0 })]    // ClampMin(1): below is clamped
    [InlineData(false, new[] { 0.5, 1.0, 1.0 }, new[] { 1.0, 1.0, 0.0 })]   // ClampMax(1): above is clamped
    public void AClampPassesTheGradientAtTheTieButNotOnItsClampedSide(bool clampMin, double[] values, double[] gradient)
    {
        var x = Tensor.Row([0.5, 1.0, 1.5], requiresGrad: true);
        var y = clampMin ? x.ClampMin(1.0) : x.ClampMax(1.0);
        y.Sum().Backward();
        Assert.Equal(values, y.Data.Row(0).ToArray());
        Assert.Equal(gradient, x.Grad.Row(0).ToArray());
    }
}
