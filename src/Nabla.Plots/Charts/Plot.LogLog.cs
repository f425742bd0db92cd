namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// Several named curves with BOTH axes logarithmic, lines with markers: quantities that span many orders of
    /// magnitude on both axes, where a power law y ~ x^p is a straight line of slope p. Notebook 03 draws the
    /// gradient-check error against the finite-difference step h: the V of truncation error (~h^2) and
    /// rounding error (~1/h).
    /// </summary>
    /// <remarks>Every x must be positive (a log axis has no place for 0 or negatives); non-finite or non-positive y values are drawn as gaps.</remarks>
    /// <param name="series">The measured curves, lines with markers in distinct colours, drawn on top.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="guides">Optional reference curves (e.g. "∝ h²"), drawn as dashed lines without markers beneath the series.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No series, a curve whose x and y differ in length, or an x value that is not positive.</exception>
    public static GenericChart LogLog(
        IReadOnlyList<Series> series, string? title = null, string? xTitle = "x", string? yTitle = "y", IReadOnlyList<Series>? guides = null)
    {
        const string chart = nameof(LogLog);
        Check.NotNull(series, chart, nameof(series));
        Check.NotEmpty(chart, nameof(series), series.Count, "series");
        guides ??= [];
        var traces = new List<Trace>();
        for (var i = 0; i < guides.Count; i++)
        {
            var (x, y) = Positive(chart, guides[i], $"guides[{i}]");
            var color = Palette.Of(series.Count + i);
            traces.Add(Fig.Scatter(x, y, "lines", guides[i].Name).Set("line", Fig.Line(color, 1.5, "dash")));
        }

        for (var i = 0; i < series.Count; i++)
        {
            var (x, y) = Positive(chart, series[i], $"series[{i}]");
            traces.Add(Fig.Scatter(x, y, "lines+markers", series[i].Name).Set("line", Fig.Line(Palette.Of(i), 2)).Set("marker", Fig.Marker(Palette.Of(i), 6)));
        }

        var layout = Fig.Layout(title, xTitle, yTitle, logY: true).Set("showlegend", traces.Count > 1);
        layout.SetProperty("xaxis", Fig.Axis(xTitle, log: true));
        return Fig.Chart(traces, layout);
    }

    /// <summary>Checks one curve for a log-log chart; y values that are not positive become NaN (gaps).</summary>
    private static (IReadOnlyList<double> X, double[] Y) Positive(string chart, Series? s, string what)
    {
        s = Check.NotNull(s, chart, what);
        Check.NotNull(s.X, chart, $"series '{s.Name}' X");
        Check.NotNull(s.Y, chart, $"series '{s.Name}' Y");
        Check.SameLength(chart, $"series '{s.Name}' x", s.X.Count, "its y", s.Y.Count, "values");
        for (var j = 0; j < s.X.Count; j++)
        {
            if (!(s.X[j] > 0) || !double.IsFinite(s.X[j]))
            {
                throw new ArgumentException($"{chart}: x values must be positive and finite on a log axis, series '{s.Name}' has {s.X[j]} at index {j}.", nameof(s));
            }
        }

        return (s.X, s.Y.Select(v => v > 0 ? v : double.NaN).ToArray());
    }
}
