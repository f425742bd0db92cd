namespace Nabla.Plots.Tests;

public sealed class GridAndPathTests
{
    [Fact]
    public void HistogramGrid_one_histogram_per_panel_on_its_own_axes()
    {
        var panels = new (string Title, double[] Values)[]
        {
            ("layer 1", [0.1, 0.2, double.NaN]),
            ("layer 2", [0.3]),
            ("layer 3", [0.4, 0.5]),
        };
        var chart = ChartJson.Of(Plot.HistogramGrid(panels, columns: 2, bins: 20, title: "Activations"));

        Assert.Equal(3, chart.Traces.Length);
        Assert.All(chart.Traces, t => Assert.Equal("histogram", ChartJson.Text(t, "type")));
        Assert.Equal(["x", "x2", "x3"], chart.Traces.Select(t => ChartJson.Text(t, "xaxis")));
        Assert.Equal([0.1, 0.2], ChartJson.Numbers(chart.Traces[0], "x"));   // NaN left out
        Assert.Equal(20, chart.Traces[0].GetProperty("nbinsx").GetInt32());
        var grid = chart.Layout.GetProperty("grid");
        Assert.Equal(2, grid.GetProperty("rows").GetInt32());
        Assert.Equal(2, grid.GetProperty("columns").GetInt32());
        var titles = chart.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());
        Assert.Equal(["layer 1", "layer 2", "layer 3", "count"], titles);   // panel titles, then the grid's y title
        Assert.Equal("Activations", chart.Title);
    }

    [Fact]
    public void HistogramGrid_writes_axis_titles_once_and_keeps_tick_labels_level()
    {
        var panels = new (string Title, double[] Values)[] { ("L1", [1.0, 2.0]), ("L10", [1e14, 4e15]) };
        var chart = ChartJson.Of(Plot.HistogramGrid(panels, columns: 2, xTitle: "activation", yTitle: "units"));

        var annotations = chart.Layout.GetProperty("annotations").EnumerateArray().ToArray();
        var x = annotations.Single(a => a.GetProperty("text").GetString() == "activation");
        var y = annotations.Single(a => a.GetProperty("text").GetString() == "units");
        Assert.Equal(("paper", 0.5, "top"), (ChartJson.Text(x, "yref"), x.GetProperty("x").GetDouble(), ChartJson.Text(x, "yanchor")));
        Assert.Equal(-90, y.GetProperty("textangle").GetInt32());
        foreach (var axis in new[] { "xaxis", "xaxis2" })
        {
            Assert.Equal(0, chart.Layout.GetProperty(axis).GetProperty("tickangle").GetInt32());
            Assert.Equal(4, chart.Layout.GetProperty(axis).GetProperty("nticks").GetInt32());
            Assert.False(chart.Layout.GetProperty(axis).TryGetProperty("title", out _)); // no per-panel title to run into the row below
        }

        Assert.True(chart.Layout.GetProperty("width").GetInt32() <= 850); // fits the book's column
    }

    [Fact]
    public void HistogramGrid_checks_its_arguments()
    {
        Assert.StartsWith("HistogramGrid: panels has no panels",
            Assert.Throws<ArgumentException>(() => Plot.HistogramGrid([])).Message);
        Assert.StartsWith("HistogramGrid: columns must be at least 1, got 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => Plot.HistogramGrid([("a", [1.0])], columns: 0)).Message);
    }

    [Fact]
    public void Trajectories_contour_then_one_path_each_from_circle_to_star()
    {
        IReadOnlyList<(double X, double Y)> sgd = [(1, 1), (0.5, 0.5), (0.1, 0.1)];
        IReadOnlyList<(double X, double Y)> adam = [(1, -1), (0, 0)];
        var chart = ChartJson.Of(Plot.Trajectories((x, y) => (x * x) + (10 * y * y), (-2, 2), (-1.5, 1.5), [("SGD", sgd), ("Adam", adam)], resolution: 21, logLevels: true));

        Assert.Equal(["f", "SGD", "Adam"], chart.Names);
        Assert.Equal("contour", ChartJson.Text(chart.Traces[0], "type"));
        Assert.Equal(21, chart.Traces[0].GetProperty("z").GetArrayLength());
        Assert.Equal([1.0, 0.5, 0.1], ChartJson.Numbers(chart.Trace("SGD"), "x"));
        Assert.Equal(["circle", "circle", "star"], ChartJson.Strings(chart.Trace("SGD").GetProperty("marker"), "symbol"));
        Assert.StartsWith("Trajectories: path 'Adam' has no points",
            Assert.Throws<ArgumentException>(() => Plot.Trajectories((x, y) => x, (0, 1), (0, 1), [("Adam", [])])).Message);
    }
}
