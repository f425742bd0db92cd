namespace Nabla.Plots.Tests;

public sealed class BarsAndBandsTests
{
    [Fact]
    public void RegressionBand_fills_between_mean_plus_and_minus_k_sigma()
    {
        double[] x = [2, 0, 1];
        var chart = ChartJson.Of(Plot.RegressionBand(x, [2.5, 0.2, 1.1], [2, 0, 1], [0.5, 0.1, 0.2], comparison: [1.9, 0.1, 1.0]));

        Assert.Equal(["mean ± 2σ", "mean ± 2σ", "data", "mean", "MSE fit"], chart.Names);
        var lower = chart.Traces[0];
        var upper = chart.Traces[1];
        Assert.Equal([0.0, 1, 2], ChartJson.Numbers(upper, "x"));
        Assert.Equal([-0.2, 0.6, 1.0], ChartJson.Numbers(lower, "y").Select(v => Math.Round(v!.Value, 12)));
        Assert.Equal([0.2, 1.4, 3.0], ChartJson.Numbers(upper, "y").Select(v => Math.Round(v!.Value, 12)));
        Assert.Equal("tonexty", ChartJson.Text(upper, "fill"));
        Assert.False(lower.GetProperty("showlegend").GetBoolean());
        Assert.Equal([2.0, 0, 1], ChartJson.Numbers(chart.Trace("data"), "x"));
        Assert.Equal([0.1, 1.0, 1.9], ChartJson.Numbers(chart.Trace("MSE fit"), "y"));
    }

    [Fact]
    public void RegressionBand_checks_lengths_and_sigma()
    {
        Assert.StartsWith("RegressionBand: x has 2 points but sigma has 1",
            Assert.Throws<ArgumentException>(() => Plot.RegressionBand([0, 1], [0, 1], [0, 1], [1])).Message);
        Assert.StartsWith("RegressionBand: sigma must be >= 0 (a standard deviation), found -0.5 at index 1",
            Assert.Throws<ArgumentException>(() => Plot.RegressionBand([0, 1], [0, 1], [0, 1], [1, -0.5])).Message);
        Assert.Equal(4, ChartJson.Of(Plot.RegressionBand([0, 1], [0, 1], [0, 1], [1, 1])).Traces.Length);
        Assert.Contains("mean ± 2s", ChartJson.Of(Plot.RegressionBand([0, 1], [0, 1], [0, 1], [1, 1], bandName: "mean ± 2s")).Names);
    }

    [Fact]
    public void LayerBars_one_bar_per_layer()
    {
        var chart = ChartJson.Of(Plot.LayerBars(["layer 1", "layer 2", "layer 3"], [1e-4, 1e-2, 1], "Gradient norm", logY: true, yTitle: "‖dL/dW‖"));

        var bars = Assert.Single(chart.Traces);
        Assert.Equal("bar", ChartJson.Text(bars, "type"));
        Assert.Equal(["layer 1", "layer 2", "layer 3"], ChartJson.Strings(bars, "x"));
        Assert.Equal([1e-4, 1e-2, 1], ChartJson.Numbers(bars, "y"));
        Assert.Equal("log", chart.AxisType("yaxis"));
        Assert.Equal("Gradient norm", chart.Title);
        Assert.Equal("category", chart.AxisType("xaxis"));
    }

    [Fact]
    public void LayerBars_grouped_one_trace_per_series()
    {
        string[] layers = ["1", "2"];
        var chart = ChartJson.Of(Plot.LayerBars(layers, [("sigmoid", [0.01, 0.1]), ("tanh", [0.2, 0.3]), ("ReLU", new List<double> { 0.5, 0.5 })]));

        Assert.Equal(["sigmoid", "tanh", "ReLU"], chart.Names);
        Assert.Equal("group", ChartJson.Text(chart.Layout, "barmode"));
        Assert.True(chart.Layout.GetProperty("showlegend").GetBoolean());
    }

    [Fact]
    public void LayerBars_checks_counts_and_names()
    {
        Assert.StartsWith("LayerBars: layers has 2 entries but values has 3",
            Assert.Throws<ArgumentException>(() => Plot.LayerBars(["a", "b"], [1.0, 2, 3])).Message);
        Assert.StartsWith("LayerBars: layers has 2 entries but series 'tanh' has 1",
            Assert.Throws<ArgumentException>(() => Plot.LayerBars(["a", "b"], [("relu", [1.0, 2]), ("tanh", [1.0])])).Message);
        Assert.StartsWith("LayerBars: layer names must be distinct (they label the bars), 'a' appears 2 times",
            Assert.Throws<ArgumentException>(() => Plot.LayerBars(["a", "a"], [1.0, 2])).Message);
    }
}
