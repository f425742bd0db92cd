namespace Nabla.Tests.Losses;

/// <summary>
/// Binary cross-entropy takes ln max(p, e^-100) and ln max(1 - p, e^-100). Hand derivation of the gradient:
/// where p &gt;= e^-100 (and 1 - p &gt;= e^-100), dL/dp = -d / p + (1 - d) / (1 - p), so |dL/dp| &lt;= 1 / e^-100 = e^100
/// (about 2.7e43, reached only at the tie p = e^-100); where p &lt; e^-100 the clamp is flat and that log's term
/// contributes 0. So p = 0 with target 1 gives a loss of exactly 100 and a gradient of exactly 0, never
/// -1 / e^-100 = -2.7e43.
/// </summary>
public sealed class BinaryCrossEntropyClampTests
{
    [Theory]
    [InlineData(0.0, 1.0)]      // ln p clamped
    [InlineData(1e-50, 1.0)]    // below e^-100 = 3.7e-44: still clamped
    [InlineData(1.0, 0.0)]      // ln(1 - p) clamped
    public void InTheClampedRegionTheLossIsOneHundredAndTheGradientZero(double p, double d)
    {
        var probabilities = Tensor.Column([p], requiresGrad: true);
        var loss = Loss.BinaryCrossEntropy(probabilities, Tensor.Column(d));
        loss.Backward();
        Assert.Equal(100.0, loss.Item(), 12);
        Assert.Equal(0.0, probabilities.Grad[0, 0]);
    }

    [Fact]
    public void JustAboveTheClampTheGradientIsMinusOneOverP()
    {
        var probabilities = Tensor.Column([1e-40], requiresGrad: true);    // above e^-100: not clamped
        var loss = Loss.BinaryCrossEntropy(probabilities, Tensor.Column(1.0));
        loss.Backward();
        Assert.Equal(40 * Math.Log(10), loss.Item(), 10);                   // -ln(1e-40)
        Assert.Equal(-1.0, probabilities.Grad[0, 0] * 1e-40, 10);           // dL/dp = -1/p
    }

    [Fact]
    public void NoGradientExceedsTheHandDerivedBoundOfEToTheHundred()
    {
        double[] ps = [0, 1e-300, 1e-50, Math.Exp(-100), 1e-40, 1e-10, 0.3, 0.5, 1 - 1e-10, 1];
        var bound = Math.Exp(100) * (1 + 1e-12);
        foreach (var d in new[] { 0.0, 0.25, 1.0 })
        {
            var probabilities = Tensor.Column(ps, requiresGrad: true);
            var target = Tensor.Column(Enumerable.Repeat(d, ps.Length).ToArray());
            Loss.BinaryCrossEntropy(probabilities, target, Reduction.Sum).Backward();
            for (var i = 0; i < ps.Length; i++)
            {
                var g = probabilities.Grad[i, 0];
                Assert.True(double.IsFinite(g) && Math.Abs(g) <= bound, $"p = {ps[i]:G3}, d = {d}: dL/dp = {g:G3}");
            }
        }
    }
}
