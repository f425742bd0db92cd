namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// A grid of histograms, one panel per title, filled row by row: the activations of each layer.
    /// Notebook 05 shows them collapsing to 0 or saturating with a bad initialization and keeping the same
    /// spread in every layer with Xavier or He (one row per scheme: set <paramref name="columns"/> to the number of layers).
    /// </summary>
    /// <param name="panels">(panel title, values) per panel; NaN and infinite values are left out.</param>
    /// <param name="columns">Panels per row, at least 1.</param>
    /// <param name="bins">Maximum number of bins per histogram, at least 1.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of every panel's x axis, or null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No panels, a null panel, or columns/bins below 1.</exception>
    public static GenericChart HistogramGrid(
        IReadOnlyList<(string Title, double[] Values)> panels, int columns = 3, int bins = 30, string? title = null, string? xTitle = null)
    {
        const string chart = nameof(HistogramGrid);
        Check.NotNull(panels, chart, nameof(panels));
        Check.NotEmpty(chart, nameof(panels), panels.Count, "panels");
        Check.AtLeast(chart, nameof(columns), columns, 1);
        Check.AtLeast(chart, nameof(bins), bins, 1);
        var cells = new GenericChart[panels.Count];
        for (var i = 0; i < panels.Count; i++)
        {
            var (name, values) = panels[i];
            Check.NotNull(values, chart, $"panel '{name}'");
            var histogram = Fig.Trace("histogram", name, showLegend: false)
                .Set("x", values.Where(double.IsFinite).ToArray())
                .Set("nbinsx", bins)
                .Set("marker", Fig.Marker(Palette.Of(0)));
            cells[i] = Fig.Chart([histogram], new Layout().Set("xaxis", Fig.Axis(xTitle)).Set("yaxis", Fig.Axis(null)));
        }

        var cols = Math.Min(columns, panels.Count);
        var rows = (panels.Count + cols - 1) / cols;
        var titles = panels.Select(p => p.Title ?? "").ToArray();
        var grid = Chart.Grid<string[], GenericChart[]>(
            nRows: rows, nCols: cols, SubPlotTitles: titles, SubPlotTitleFont: null, SubPlotTitleOffset: null, SubPlots: null,
            XAxes: null, YAxes: null, RowOrder: null, Pattern: null, XGap: null, YGap: null, Domain: null, XSide: null, YSide: null)
            .Invoke(cells);
        var layout = new Layout()
            .Set("title", title is null ? null : Fig.Title(title))
            .Set("showlegend", false)
            .Set("width", Math.Max(480, Math.Min(1100, 260 * cols)))
            .Set("height", (220 * rows) + (title is null ? 80 : 120));
        return GenericChart.addLayout(layout, grid);
    }
}
