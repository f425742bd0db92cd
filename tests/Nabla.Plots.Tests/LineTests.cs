namespace Nabla.Plots.Tests;

public sealed class LineTests
{
    [Fact]
    public void Line_has_one_trace_with_the_points_and_titles()
    {
        var chart = ChartJson.Of(Plot.Line([1, 2, 3], [4, 5, 6], "fit", "A title", "w", "loss"));

        var trace = Assert.Single(chart.Traces);
        Assert.Equal("scatter", ChartJson.Text(trace, "type"));
        Assert.Equal("lines", ChartJson.Text(trace, "mode"));
        Assert.Equal("fit", ChartJson.Name(trace));
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(trace, "x"));
        Assert.Equal([4.0, 5, 6], ChartJson.Numbers(trace, "y"));
        Assert.Equal("A title", chart.Title);
        Assert.Equal("w", chart.AxisTitle("xaxis"));
        Assert.Equal("loss", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void Line_rejects_x_and_y_of_different_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => Plot.Line(new double[10], new double[9]));
        Assert.StartsWith("Line: x has 10 points but y has 9", e.Message);
    }

    [Fact]
    public void Line_of_values_counts_steps_from_one()
    {
        var trace = Assert.Single(ChartJson.Of(Plot.Line(new List<double> { 0.9, 0.5, 0.2 })).Traces);
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(trace, "x"));
    }

    [Fact]
    public void Non_finite_values_become_gaps()
    {
        var trace = Assert.Single(ChartJson.Of(Plot.Line([1, 2, 3, 4], [1, double.NaN, double.PositiveInfinity, 2])).Traces);
        Assert.Equal([1.0, null, null, 2], ChartJson.Numbers(trace, "y"));
    }

    [Fact]
    public void Lines_draws_one_named_trace_per_series_with_its_own_x()
    {
        var chart = ChartJson.Of(Plot.Lines([new Series("a", [1, 2], [3, 4]), new Series("b", [1, 2, 3], [5, 6, 7])], logY: true));

        Assert.Equal(["a", "b"], chart.Names);
        Assert.Equal(3, ChartJson.Numbers(chart.Trace("b"), "y").Length);
        Assert.Equal("log", chart.AxisType("yaxis"));
    }

    [Fact]
    public void Lines_with_shared_x_and_lines_over_epochs()
    {
        double[] x = [0, 1, 2];
        var shared = ChartJson.Of(Plot.Lines(x, [("sigmoid", [1.0, 2, 3]), ("relu", new List<double> { 4, 5, 6 })]));
        Assert.Equal(["sigmoid", "relu"], shared.Names);
        Assert.Equal([0.0, 1, 2], ChartJson.Numbers(shared.Trace("relu"), "x"));

        var epochs = ChartJson.Of(Plot.Lines([("SGD", [3.0, 2, 1]), ("Adam", [2.0, 1])]));
        Assert.Equal([1.0, 2], ChartJson.Numbers(epochs.Trace("Adam"), "x"));
        Assert.Equal("epoch", epochs.AxisTitle("xaxis"));
    }

    [Fact]
    public void Lines_draws_points_or_lines_with_points_on_request()
    {
        var chart = ChartJson.Of(Plot.Lines([new Series("steps", [1, 2], [3, 4], SeriesStyle.Points), new Series("f", [1, 2], [3, 4])]));
        Assert.Equal("markers", ChartJson.Text(chart.Trace("steps"), "mode"));
        Assert.Equal(8.0, chart.Trace("steps").GetProperty("marker").GetProperty("size").GetDouble());
        Assert.Equal("lines", ChartJson.Text(chart.Trace("f"), "mode"));
        Assert.False(chart.Trace("f").TryGetProperty("marker", out _));

        var paths = ChartJson.Of(Plot.Lines([("a", [1.0, 2])], style: SeriesStyle.LineAndPoints));
        Assert.Equal("lines+markers", ChartJson.Text(paths.Trace("a"), "mode"));
        var shared = ChartJson.Of(Plot.Lines([0.0, 1], [("b", [1.0, 2])], style: SeriesStyle.Points));
        Assert.Equal("markers", ChartJson.Text(shared.Trace("b"), "mode"));
    }

    [Fact]
    public void Lines_names_the_series_whose_lengths_differ()
    {
        var e = Assert.Throws<ArgumentException>(() => Plot.Lines([0.0, 1, 2], [("ok", [1.0, 2, 3]), ("short", [1.0, 2])]));
        Assert.StartsWith("Lines: series 'short' x has 3 values but its y has 2", e.Message);
        Assert.Throws<ArgumentException>(() => Plot.Lines(Array.Empty<Series>()));
    }

    [Fact]
    public void Scatter_draws_markers()
    {
        var trace = Assert.Single(ChartJson.Of(Plot.Scatter([1, 2], [3, 4])).Traces);
        Assert.Equal("markers", ChartJson.Text(trace, "mode"));
        Assert.StartsWith("Scatter: x has 2 points but y has 1", Assert.Throws<ArgumentException>(() => Plot.Scatter([1, 2], [3])).Message);
    }

    [Fact]
    public void ScatterWithFits_draws_the_data_then_each_fit_sorted_by_x()
    {
        double[] x = [3, 1, 2];
        var chart = ChartJson.Of(Plot.ScatterWithFits(x, [30, 10, 20], [("MSE", [3.0, 1, 2]), ("MAE", [6.0, 2, 4])]));

        Assert.Equal(["data", "MSE", "MAE"], chart.Names);
        Assert.Equal([3.0, 1, 2], ChartJson.Numbers(chart.Trace("data"), "x"));
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(chart.Trace("MAE"), "x"));
        Assert.Equal([2.0, 4, 6], ChartJson.Numbers(chart.Trace("MAE"), "y"));
        var e = Assert.Throws<ArgumentException>(() => Plot.ScatterWithFits(x, [1, 2, 3], [("Huber", [1.0])]));
        Assert.StartsWith("ScatterWithFits: x has 3 points but fit 'Huber' has 1", e.Message);
    }
}
