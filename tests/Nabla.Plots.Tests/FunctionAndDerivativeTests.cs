namespace Nabla.Plots.Tests;

public sealed class FunctionAndDerivativeTests
{
    [Fact]
    public void Two_traces_named_after_the_function_sampled_over_the_range()
    {
        static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
        var chart = ChartJson.Of(Plot.FunctionAndDerivative(Sigmoid, x => Sigmoid(x) * (1 - Sigmoid(x)), -4, 4, "sigmoid", points: 81));

        Assert.Equal(["sigmoid(x)", "sigmoid'(x)"], chart.Names);
        var x = ChartJson.Numbers(chart.Trace("sigmoid(x)"), "x");
        Assert.Equal(81, x.Length);
        Assert.Equal(-4.0, x[0]);
        Assert.Equal(4.0, x[^1]);
        Assert.Equal(0.25, ChartJson.Numbers(chart.Trace("sigmoid'(x)"), "y").Max()!.Value, 12);
        Assert.Equal("sigmoid and its derivative", chart.Title);
        Assert.Equal("sigmoid(x), sigmoid'(x)", chart.AxisTitle("yaxis"));
        Assert.Equal("slope", ChartJson.Of(Plot.FunctionAndDerivative(Sigmoid, Sigmoid, yTitle: "slope")).AxisTitle("yaxis"));
    }

    [Fact]
    public void Default_names_and_argument_checks()
    {
        Assert.Equal(["f(x)", "f'(x)"], ChartJson.Of(Plot.FunctionAndDerivative(x => x * x, x => 2 * x)).Names);
        Assert.StartsWith("FunctionAndDerivative: expected a finite range with from < to, got from = 1, to = 1",
            Assert.Throws<ArgumentException>(() => Plot.FunctionAndDerivative(x => x, x => 1, 1, 1)).Message);
        Assert.StartsWith("FunctionAndDerivative: points must be at least 2, got 1",
            Assert.Throws<ArgumentOutOfRangeException>(() => Plot.FunctionAndDerivative(x => x, x => 1, points: 1)).Message);
    }
}
