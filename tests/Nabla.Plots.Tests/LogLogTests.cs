namespace Nabla.Plots.Tests;

public sealed class LogLogTests
{
    [Fact]
    public void LogLog_draws_named_lines_with_markers_on_two_log_axes()
    {
        var chart = ChartJson.Of(Plot.LogLog(
            [new Series("error", [1e-1, 1e-2, 1e-3], [1e-2, 1e-4, 1e-6]), new Series("h²", [1e-1, 1e-3], [1e-2, 1e-6])],
            "Error vs step", "h", "relative error"));

        Assert.Equal(["error", "h²"], chart.Names);
        Assert.Equal("lines+markers", ChartJson.Text(chart.Trace("error"), "mode"));
        Assert.Equal([1e-1, 1e-2, 1e-3], ChartJson.Numbers(chart.Trace("error"), "x"));
        Assert.Equal("log", chart.AxisType("xaxis"));
        Assert.Equal("log", chart.AxisType("yaxis"));
        // Whole values on every tick: without a format plotly.js labels 0.4 as a bare "4" between powers of ten.
        Assert.Equal("~g", ChartJson.Text(chart.Layout, "xaxis", "tickformat"));
        Assert.Equal("~g", ChartJson.Text(chart.Layout, "yaxis", "tickformat"));
        Assert.Equal("h", chart.AxisTitle("xaxis"));
        Assert.Equal("relative error", chart.AxisTitle("yaxis"));
        Assert.Equal("Error vs step", chart.Title);
    }

    [Fact]
    public void LogLog_draws_guides_dashed_beneath_the_series()
    {
        var chart = ChartJson.Of(Plot.LogLog([new Series("measured", [1, 10], [1, 2])], guides: [new Series("∝ h²", [1, 10], [1, 100])]));

        Assert.Equal(["∝ h²", "measured"], chart.Names);
        Assert.Equal("lines", ChartJson.Text(chart.Trace("∝ h²"), "mode"));
        Assert.Equal("dash", ChartJson.Text(chart.Trace("∝ h²"), "line", "dash"));
        Assert.StartsWith("LogLog: x values must be positive",
            Assert.Throws<ArgumentException>(() => Plot.LogLog([new Series("m", [1], [1])], guides: [new Series("g", [-1], [1])])).Message);
    }

    [Fact]
    public void LogLog_turns_zero_and_non_finite_y_into_gaps()
    {
        var trace = Assert.Single(ChartJson.Of(Plot.LogLog([new Series("e", [1, 2, 3, 4], [1, 0, double.NaN, 2])])).Traces);
        Assert.Equal([1.0, null, null, 2], ChartJson.Numbers(trace, "y"));
    }

    [Fact]
    public void LogLog_rejects_non_positive_x_and_empty_input()
    {
        var e = Assert.Throws<ArgumentException>(() => Plot.LogLog([new Series("e", [1, 0], [1, 1])]));
        Assert.StartsWith("LogLog: x values must be positive and finite on a log axis, series 'e' has 0 at index 1", e.Message);
        Assert.Throws<ArgumentException>(() => Plot.LogLog(Array.Empty<Series>()));
        Assert.StartsWith("LogLog: series 'e' x has 2 values but its y has 1",
            Assert.Throws<ArgumentException>(() => Plot.LogLog([new Series("e", [1, 2], [1])])).Message);
    }
}
