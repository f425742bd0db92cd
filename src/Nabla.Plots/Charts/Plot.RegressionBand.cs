using Legend = Plotly.NET.LayoutObjects.Legend;

namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// A regression with uncertainty: the data, the predicted mean, a shaded band mean ± k·sigma, and optionally
    /// another fit for comparison. Notebook 02 trains a Gaussian NLL with a learned variance on data whose noise
    /// grows with x ("20 years, give or take 3") and compares it with the plain MSE fit.
    /// </summary>
    /// <remarks>mean, sigma and comparison are the predictions at the data's x; the band and lines are drawn in order of increasing x.</remarks>
    /// <param name="x">The inputs.</param>
    /// <param name="y">The targets.</param>
    /// <param name="mean">The predicted mean at each x.</param>
    /// <param name="sigma">The predicted standard deviation at each x (not the log-variance), &gt;= 0.</param>
    /// <param name="comparison">Another fit at each x (e.g. the MSE fit), or null.</param>
    /// <param name="comparisonName">Legend entry of the comparison.</param>
    /// <param name="k">Half-width of the band in sigmas (2: about 95% of a Gaussian).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="bandName">Legend entry of the band; "mean ± kσ" by default (pass e.g. "mean ± 2s" when σ names something else in your text).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">An array does not have one value per x, or a sigma is negative.</exception>
    public static GenericChart RegressionBand(
        double[] x, double[] y, double[] mean, double[] sigma, IReadOnlyList<double>? comparison = null, string comparisonName = "MSE fit",
        double k = 2, string? title = null, string? xTitle = "x", string? yTitle = "y", string? bandName = null)
    {
        const string chart = nameof(RegressionBand);
        Check.NotNull(x, chart, nameof(x));
        foreach (var (name, values) in new[] { (nameof(y), y), (nameof(mean), mean), (nameof(sigma), sigma) })
        {
            Check.NotNull(values, chart, name);
            Check.SameLength(chart, nameof(x), x.Length, name, values.Length);
        }

        if (comparison is not null)
        {
            Check.SameLength(chart, nameof(x), x.Length, nameof(comparison), comparison.Count);
        }

        var negative = Array.FindIndex(sigma, s => s < 0);
        if (negative >= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"{chart}: sigma must be >= 0 (a standard deviation), found {sigma[negative]} at index {negative}."), nameof(sigma));
        }

        var order = SortedOrder(x);
        double[] Sorted(Func<int, double> value) => order.Select(value).ToArray();
        var xs = Sorted(i => x[i]);
        var band = bandName ?? FormattableString.Invariant($"mean ± {k}σ");
        var fill = Palette.Faded(Palette.Of(0), 0.25);
        var traces = new List<Trace>
        {
            Fig.Scatter(xs, Sorted(i => mean[i] - (k * sigma[i])), "lines", band, showLegend: false)
                .Set("line", Fig.Line(fill, 0)).Set("hoverinfo", "skip"),
            Fig.Scatter(xs, Sorted(i => mean[i] + (k * sigma[i])), "lines", band)
                .Set("line", Fig.Line(fill, 0)).Set("fill", "tonexty").Set("fillcolor", fill),
            DataPoints(x, y, "data", "#555555"),
            Fig.Scatter(xs, Sorted(i => mean[i]), "lines", "mean").Set("line", Fig.Line(Palette.Of(0), 2.5)),
        };
        if (comparison is not null)
        {
            traces.Add(Fig.Scatter(xs, Sorted(i => comparison[i]), "lines", comparisonName).Set("line", Fig.Line(Palette.Of(1), 2.5, "dash")));
        }

        var layout = Fig.Layout(title ?? $"Predicted mean and {band}", xTitle, yTitle)
            .Set("legend", new Legend().Set("traceorder", "normal"));             // a filled trace would reverse it
        return Fig.Chart(traces, layout);
    }
}
