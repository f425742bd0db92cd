namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// A line through the points (x[i], y[i]), in the order given (so a path that turns back is drawn as such).
    /// Notebook 01 draws the loss per step and fitted functions with it.
    /// </summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x value.</param>
    /// <param name="name">Legend entry; no legend when null.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">x and y have different lengths.</exception>
    public static GenericChart Line(double[] x, double[] y, string? name = null, string? title = null, string? xTitle = "x", string? yTitle = "y")
    {
        Check.NotNull(x, nameof(Line), nameof(x));
        Check.NotNull(y, nameof(Line), nameof(y));
        Check.SameLength(nameof(Line), nameof(x), x.Length, nameof(y), y.Length);
        var layout = Fig.Layout(title, xTitle, yTitle).Set("showlegend", name is not null);
        return Fig.Chart([Fig.Scatter(x, y, "lines", name).Set("line", Fig.Line(Palette.Of(0), 2))], layout);
    }

    /// <summary>
    /// A line through the values over x = 1, 2, ..., n: the loss after each gradient step, for instance.
    /// Notebook 01 (gradient descent on y = w x + b).
    /// </summary>
    /// <param name="y">The values, in order.</param>
    /// <param name="name">Legend entry; no legend when null.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Line(IReadOnlyList<double> y, string? name = null, string? title = null, string? xTitle = "step", string? yTitle = "value")
    {
        Check.NotNull(y, nameof(Line), nameof(y));
        return Line(Fig.Count(y.Count), y.ToArray(), name, title, xTitle, yTitle);
    }

    /// <summary>
    /// Several named curves on one chart, each with its own x values: one loss curve per optimizer
    /// (notebook 06) or per activation (notebook 04).
    /// </summary>
    /// <param name="series">The curves, drawn in order with distinct colours.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="logY">Logarithmic y axis (losses spanning several orders of magnitude).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No series, or a series whose x and y differ in length.</exception>
    public static GenericChart Lines(IReadOnlyList<Series> series, string? title = null, string? xTitle = "x", string? yTitle = "y", bool logY = false)
    {
        Check.NotNull(series, nameof(Lines), nameof(series));
        Check.NotEmpty(nameof(Lines), nameof(series), series.Count, "series");
        var traces = new List<Trace>();
        for (var i = 0; i < series.Count; i++)
        {
            var s = Check.NotNull(series[i], nameof(Lines), $"series[{i}]");
            Check.NotNull(s.X, nameof(Lines), $"series '{s.Name}' X");
            Check.NotNull(s.Y, nameof(Lines), $"series '{s.Name}' Y");
            Check.SameLength(nameof(Lines), $"series '{s.Name}' x", s.X.Count, "its y", s.Y.Count, "values");
            var mode = s.Style switch { SeriesStyle.Points => "markers", SeriesStyle.LineAndPoints => "lines+markers", _ => "lines" };
            traces.Add(Fig.Scatter(s.X, s.Y, mode, s.Name).Set("line", Fig.Line(Palette.Of(i), 2))
                .Set("marker", s.Style == SeriesStyle.Line ? null : Fig.Marker(Palette.Of(i), 8)));
        }

        return Fig.Chart(traces, Fig.Layout(title, xTitle, yTitle, logY));
    }

    /// <summary>Several named curves sharing the same x values, e.g. <c>Plot.Lines(x, [("sigmoid", a), ("relu", b)])</c>.</summary>
    /// <param name="x">The x values, shared by every curve.</param>
    /// <param name="series">(name, y values) per curve, each with as many values as x.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="style">How every curve is drawn: a line (default), a dot per point, or both.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Lines(
        double[] x, IReadOnlyList<(string Name, IReadOnlyList<double> Y)> series, string? title = null, string? xTitle = "x", string? yTitle = "y", bool logY = false,
        SeriesStyle style = SeriesStyle.Line)
    {
        Check.NotNull(x, nameof(Lines), nameof(x));
        Check.NotNull(series, nameof(Lines), nameof(series));
        return Lines(series.Select(s => new Series(s.Name, x, s.Y, style)).ToArray(), title, xTitle, yTitle, logY);
    }

    /// <summary>
    /// Several named curves over x = 1, 2, ..., n (each as long as it is), e.g. the loss per epoch of each
    /// optimizer: <c>Plot.Lines([("SGD", sgd), ("Adam", adam)], logY: true)</c>.
    /// </summary>
    /// <param name="series">(name, values) per curve.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="style">How every curve is drawn: a line (default), a dot per point, or both.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Lines(
        IReadOnlyList<(string Name, IReadOnlyList<double> Y)> series, string? title = null, string? xTitle = "epoch", string? yTitle = "loss", bool logY = false,
        SeriesStyle style = SeriesStyle.Line)
    {
        Check.NotNull(series, nameof(Lines), nameof(series));
        return Lines(series.Select(s => Series.OverSteps(s.Name, s.Y, style)).ToArray(), title, xTitle, yTitle, logY);
    }
}
