namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>The points (x[i], y[i]) as dots: a dataset before any model is fitted (notebooks 01 and 02).</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x value.</param>
    /// <param name="name">Legend entry; no legend when null.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">x and y have different lengths.</exception>
    public static GenericChart Scatter(double[] x, double[] y, string? name = null, string? title = null, string? xTitle = "x", string? yTitle = "y")
    {
        Check.NotNull(x, nameof(Scatter), nameof(x));
        Check.NotNull(y, nameof(Scatter), nameof(y));
        Check.SameLength(nameof(Scatter), nameof(x), x.Length, nameof(y), y.Length);
        var layout = Fig.Layout(title, xTitle, yTitle).Set("showlegend", name is not null);
        return Fig.Chart([DataPoints(x, y, name ?? "data", Palette.Of(0))], layout);
    }

    /// <summary>
    /// Data as dots with one or more fitted curves on top, e.g. the lines fitted by MSE, MAE and Huber on data
    /// with outliers (notebook 02) or the line found by gradient descent (notebook 01). Each fit is evaluated
    /// at the data's x and drawn in order of increasing x.
    /// </summary>
    /// <param name="x">The x values of the data.</param>
    /// <param name="y">The y values of the data.</param>
    /// <param name="fits">(name, predictions at x) per fitted model.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">A fit or y does not have one value per x.</exception>
    public static GenericChart ScatterWithFits(
        double[] x, double[] y, IReadOnlyList<(string Name, IReadOnlyList<double> Y)> fits,
        string? title = null, string? xTitle = "x", string? yTitle = "y")
    {
        const string chart = nameof(ScatterWithFits);
        Check.NotNull(x, chart, nameof(x));
        Check.NotNull(y, chart, nameof(y));
        Check.NotNull(fits, chart, nameof(fits));
        Check.SameLength(chart, nameof(x), x.Length, nameof(y), y.Length);
        var order = SortedOrder(x);
        var traces = new List<Trace> { DataPoints(x, y, "data", "#555555") };
        for (var i = 0; i < fits.Count; i++)
        {
            var (name, fit) = fits[i];
            Check.NotNull(fit, chart, $"fit '{name}'");
            Check.SameLength(chart, nameof(x), x.Length, $"fit '{name}'", fit.Count);
            traces.Add(Fig.Scatter(order.Select(j => x[j]).ToArray(), order.Select(j => fit[j]).ToArray(), "lines", name)
                .Set("line", Fig.Line(Palette.Of(i), 2.5)));
        }

        return Fig.Chart(traces, Fig.Layout(title, xTitle, yTitle));
    }

    /// <summary>A marker trace for data points.</summary>
    private static Trace2D DataPoints(IReadOnlyList<double> x, IReadOnlyList<double> y, string name, string color) =>
        Fig.Scatter(x, y, "markers", name).Set("marker", Fig.Marker(color, 7, outline: true));

    /// <summary>The indices of <paramref name="x"/> in increasing order of x (stable), to draw functions of x as lines.</summary>
    private static int[] SortedOrder(double[] x) =>
        Enumerable.Range(0, x.Length).OrderBy(i => x[i]).ThenBy(i => i).ToArray();
}
