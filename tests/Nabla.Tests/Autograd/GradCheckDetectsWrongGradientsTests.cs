namespace Nabla.Tests.Autograd;

/// <summary>
/// GradCheck is the referee of every other gradient test, so it must itself fail a wrong gradient (issue 18: a
/// RelativeError that always returned 0 would let every gradient check pass). The wrong backward is built from the
/// public API: x * x.Detach() has the forward value x^2 but back-propagates x instead of 2x.
/// </summary>
public sealed class GradCheckDetectsWrongGradientsTests
{
    [Theory]
    [InlineData(3.0, 4.0, 0.25)]      // |3 - 4| / 4
    [InlineData(-1.0, 1.0, 2.0)]      // |-1 - 1| / 1
    [InlineData(0.0, 5.0, 1.0)]       // |0 - 5| / 5
    [InlineData(-6.0, -2.0, 2.0 / 3)] // |-6 + 2| / 6
    [InlineData(2.5, 2.5, 0.0)]
    [InlineData(0.0, 0.0, 0.0)]       // both 0: defined as 0, not 0/0
    public void RelativeErrorIsTheDifferenceOverTheLargerMagnitude(double a, double n, double expected) =>
        Assert.Equal(expected, GradCheck.RelativeError(a, n), 15);

    [Fact]
    public void AGradientHalfTheTrueOneFailsWithRelativeErrorOneHalf()
    {
        var y = Tensor.Row([2.0], requiresGrad: true);          // y^2: a correct backward (2y)
        var x = Tensor.Row([0.0, 3.0], requiresGrad: true);     // x * x.Detach(): backward x, true derivative 2x
        var report = GradCheck.Run(() => (y * y).Sum() + (x * x.Detach()).Sum(), y, x);

        Assert.Equal(3, report.Count);
        Assert.False(report.Passed());
        Assert.False(report.Passed(tolerance: 0.4));
        Assert.True(report.Passed(tolerance: 0.6));
        // Worst entry: x[0, 1] = 3, backprop 3, finite differences 6, relative error |3 - 6| / 6 = 1/2.
        Assert.Equal((1, 0, 1), (report.Worst.Input, report.Worst.Row, report.Worst.Column));
        Assert.Equal(3.0, report.Worst.Analytic, 12);
        Assert.Equal(6.0, report.Worst.Numeric, 6);
        Assert.Equal(0.5, report.MaxRelativeError, 6);
        // Overall: ||a - n|| / sqrt(||a||^2 + ||n||^2) = 3 / sqrt((4^2 + 4^2) + (0 + 0) + (3^2 + 6^2)) = 3 / sqrt(77).
        Assert.Equal(3 / Math.Sqrt(77), report.OverallRelativeError, 6);
        var error = Assert.Throws<InvalidOperationException>(() => report.EnsurePassed());
        Assert.Contains("at input 1 [0, 1]", error.Message);
    }

    [Fact]
    public void TheSameFunctionWithItsTrueGradientPasses()
    {
        var y = Tensor.Row([2.0], requiresGrad: true);
        var x = Tensor.Row([0.0, 3.0], requiresGrad: true);
        var report = GradCheck.Run(() => (y * y).Sum() + (x * x).Sum(), y, x);
        Assert.True(report.Passed(), report.ToString());
        report.EnsurePassed();
    }
}
