namespace Nabla.Tests;

/// <summary>The optimizer test surfaces: the documented critical points are exact, and autograd agrees.</summary>
public sealed class SurfaceTests
{
    public static TheoryData<string> Names => [.. Surfaces.All.Select(s => s.Name)];

    private static Surface Get(string name) => Surfaces.All.Single(s => s.Name == name);

    private static (double Dx, double Dy) Gradient(Surface surface, double x, double y)
    {
        var p = Tensor.Row([x, y], requiresGrad: true);
        surface.Forward(p).Backward();
        return (p.Grad[0, 0], p.Grad[0, 1]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientIsZeroAtEveryCriticalPoint(string name)
    {
        var surface = Get(name);
        foreach (var point in surface.CriticalPoints)
        {
            var (dx, dy) = Gradient(surface, point.X, point.Y);
            Assert.True(Math.Abs(dx) < 1e-12 && Math.Abs(dy) < 1e-12, $"{name} at ({point.X}, {point.Y}): gradient ({dx}, {dy})");
            Assert.Equal(point.Value, surface.Evaluate(point.X, point.Y), 14);
            Assert.Equal(point.Value, surface.Forward(Tensor.Row(point.X, point.Y)).Item(), 14);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CriticalPointKindsMatchTheCurvature(string name)
    {
        var surface = Get(name);
        const double h = 1e-4;
        foreach (var p in surface.CriticalPoints)
        {
            double F(double dx, double dy) => surface.Evaluate(p.X + dx, p.Y + dy);
            var fxx = (F(h, 0) - 2 * F(0, 0) + F(-h, 0)) / (h * h);
            var fyy = (F(0, h) - 2 * F(0, 0) + F(0, -h)) / (h * h);
            var fxy = (F(h, h) - F(h, -h) - F(-h, h) + F(-h, -h)) / (4 * h * h);
            var determinant = fxx * fyy - fxy * fxy;
            if (p.Kind == CriticalPointKind.Saddle)
            {
                Assert.True(determinant < 0, $"{name} ({p.X}, {p.Y}) should be a saddle, Hessian determinant {determinant}");
            }
            else
            {
                Assert.True(determinant > 0 && fxx > 0, $"{name} ({p.X}, {p.Y}) should be a minimum, fxx {fxx}, det {determinant}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GlobalMinimumIsLowestOnAGridOverThePlotRange(string name)
    {
        var surface = Get(name);
        var lowest = double.PositiveInfinity;
        for (var i = 0; i <= 200; i++)
        {
            for (var j = 0; j <= 200; j++)
            {
                var x = surface.XRange.Min + (surface.XRange.Max - surface.XRange.Min) * i / 200;
                var y = surface.YRange.Min + (surface.YRange.Max - surface.YRange.Min) * j / 200;
                lowest = Math.Min(lowest, surface.Evaluate(x, y));
            }
        }

        Assert.True(surface.GlobalMinimum.Value <= lowest + 1e-12, $"{name}: grid reaches {lowest} below the global minimum {surface.GlobalMinimum.Value}");
        Assert.All(surface.Minima, m => Assert.True(m.Value >= surface.GlobalMinimum.Value));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TensorAndDoubleFormsAgreeAndGradientsCheck(string name)
    {
        var surface = Get(name);
        var rng = new Random(17);
        for (var k = 0; k < 5; k++)
        {
            var x = surface.XRange.Min + (surface.XRange.Max - surface.XRange.Min) * rng.NextDouble();
            var y = surface.YRange.Min + (surface.YRange.Max - surface.YRange.Min) * rng.NextDouble();
            var p = Tensor.Row([x, y], requiresGrad: true);
            Assert.Equal(surface.Evaluate(x, y), surface.Forward(p).Item(), 10);
            var report = GradCheck.Run(() => surface.Forward(p), p);
            Assert.True(report.Passed(1e-6), $"{name} at ({x}, {y}): {report}");
        }
    }

    [Fact]
    public void GradientDescentFromTheRightStopsInTheLocalMinimum()
    {
        var surface = Surfaces.TwoMinima;
        var p = surface.StartPoint();
        Assert.True(p.RequiresGrad);                                             // ready to be a parameter
        for (var step = 0; step < 2000; step++)
        {
            p.ZeroGrad();
            surface.Forward(p).Backward();
            p.Data.Subtract(p.Grad * 0.05, p.Data);                              // p -= lr * grad
        }

        var local = surface.CriticalPoints.Single(c => c.Kind == CriticalPointKind.LocalMinimum);
        Assert.Equal(local.X, p.Data[0, 0], 6);
        Assert.Equal(local.Y, p.Data[0, 1], 6);
    }

    [Fact]
    public void WrongPointShapeIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Surfaces.Saddle.Forward(Tensor.Column(1, 2)));
        Assert.StartsWith("Surface Saddle expects a (1, 2) point [x, y], got (2, 1).", error.Message);
    }
}
