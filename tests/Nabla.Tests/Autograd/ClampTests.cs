namespace Nabla.Tests.Autograd;

/// <summary>
/// Sanity of the clamps, by hand: ClampMin(0) is ReLU's forward, Clamp(min, max) is ClampMax(ClampMin) and passes the
/// gradient exactly where min &lt;= x &lt;= max (the bounds included, as torch.clamp), and min &gt; max is refused.
/// </summary>
public sealed class ClampTests
{
    private static Tensor Row(params double[] values) =>
        new(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1, values.Length, values), requiresGrad: true);

    [Fact]
    public void ClampMinAtZeroIsRelu()
    {
        var x = Row(-2, -0.5, 0.5, 3);
        Assert.Equal(x.Relu().Data.Row(0).ToArray(), x.ClampMin(0).Data.Row(0).ToArray());
    }

    [Fact]
    public void ClampLimitsEveryEntryAndPassesTheGradientInsideTheBoundsTiesIncluded()
    {
        var x = Row(-3, -1, 0.25, 2, 5);
        var y = x.Clamp(-1, 2);
        y.Sum().Backward();
        Assert.Equal([-1, -1, 0.25, 2, 2], y.Data.Row(0).ToArray());
        Assert.Equal([0, 1, 1, 1, 0], x.Grad.Row(0).ToArray());     // 1 where -1 <= x <= 2
        Assert.Equal(x.ClampMin(-1).ClampMax(2).Data.Row(0).ToArray(), y.Data.Row(0).ToArray());
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.NaN)]
    public void ClampRefusesBoundsOutOfOrder(double min, double max)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Row(1, 2).Clamp(min, max));
        Assert.Contains("min <= max", e.Message);
    }
}
