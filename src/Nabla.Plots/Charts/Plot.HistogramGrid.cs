using Plotly.NET.LayoutObjects;

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
    /// <param name="xTitle">What the values are (one title under the whole grid, shared by every panel), or null.</param>
    /// <param name="yTitle">What the bar heights are (one title left of the grid); "count" by default.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No panels, a null panel, or columns/bins below 1.</exception>
    /// <remarks>
    /// Panels are small, so their tick labels stay horizontal and few (at most 4 per axis), and the axis titles are
    /// written once for the grid instead of once per panel, where they would run into the panel titles below.
    /// </remarks>
    public static GenericChart HistogramGrid(
        IReadOnlyList<(string Title, double[] Values)> panels, int columns = 3, int bins = 30, string? title = null, string? xTitle = null,
        string? yTitle = "count")
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
            var x = Fig.Axis(null).Set("tickangle", 0).Set("nticks", 4).Set("automargin", true);
            var y = Fig.Axis(null).Set("nticks", 4);
            cells[i] = Fig.Chart([histogram], new Layout().Set("xaxis", x).Set("yaxis", y));
        }

        var cols = Math.Min(columns, panels.Count);
        var rows = (panels.Count + cols - 1) / cols;
        var titles = panels.Select(p => p.Title ?? "").ToArray();
        var grid = Chart.Grid<string[], GenericChart[]>(
            nRows: rows, nCols: cols, SubPlotTitles: titles, SubPlotTitleFont: null, SubPlotTitleOffset: null, SubPlots: null,
            XAxes: null, YAxes: null, RowOrder: null, Pattern: null, XGap: null, YGap: null, Domain: null, XSide: null, YSide: null)
            .Invoke(cells);
        var annotations = new List<Annotation>();
        if (xTitle is not null)
        {
            annotations.Add(GridTitle(xTitle, 0.5, 0, "center", "top", yShift: -28));
        }

        if (yTitle is not null)
        {
            annotations.Add(GridTitle(yTitle, 0, 0.5, "right", "middle", xShift: -34).Set("textangle", -90));
        }

        var layout = new Layout()
            .Set("title", title is null ? null : Fig.Title(title))
            .Set("showlegend", false)
            .Set("annotations", annotations.Count > 0 ? annotations.ToArray() : null)
            .Set("margin", Fig.Obj().Set("l", 80).Set("b", xTitle is null ? 50 : 80))
            .Set("width", Math.Max(480, Math.Min(850, 212 * cols))) // fits the book's 56rem column
            .Set("height", (220 * rows) + (title is null ? 80 : 120));
        return GenericChart.addLayout(layout, grid);
    }

    /// <summary>An axis title for a whole grid: text placed relative to the plotting area, outside it.</summary>
    private static Annotation GridTitle(string text, double x, double y, string xAnchor, string yAnchor, int xShift = 0, int yShift = 0) =>
        new Annotation()
            .Set("text", text).Set("showarrow", false)
            .Set("xref", "paper").Set("yref", "paper").Set("x", x).Set("y", y)
            .Set("xanchor", xAnchor).Set("yanchor", yAnchor).Set("xshift", xShift).Set("yshift", yShift)
            .Set("font", Fig.Obj().Set("size", 14));
}
