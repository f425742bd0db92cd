namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// One bar per layer, input side on the left: gradient norms, dead-unit counts or activation spreads per
    /// layer. Notebook 04 shows the gradient shrinking toward the input of a deep sigmoid network (use
    /// <paramref name="logY"/>); notebook 05 the activations exploding or vanishing with constant weights.
    /// </summary>
    /// <param name="layers">The layer names, in order (distinct).</param>
    /// <param name="values">One value per layer.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">values does not have one entry per layer, or two layers share a name.</exception>
    public static GenericChart LayerBars(
        IReadOnlyList<string> layers, IReadOnlyList<double> values, string? title = null, bool logY = false, string? yTitle = "value", string? xTitle = "layer")
    {
        Check.NotNull(values, nameof(LayerBars), nameof(values));
        return LayerBars(layers, [(yTitle ?? "value", values)], title, logY, yTitle, xTitle);
    }

    /// <summary>
    /// Grouped bars: for each layer, one bar per series, e.g. the gradient norm per layer for sigmoid, tanh and
    /// ReLU side by side: <c>Plot.LayerBars(layers, [("sigmoid", s), ("tanh", t), ("ReLU", r)], logY: true)</c>.
    /// </summary>
    /// <param name="layers">The layer names, in order (distinct).</param>
    /// <param name="series">(name, one value per layer) per series.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <returns>The chart.</returns>
    public static GenericChart LayerBars(
        IReadOnlyList<string> layers, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string? title = null, bool logY = false, string? yTitle = "value", string? xTitle = "layer")
    {
        const string chart = nameof(LayerBars);
        Check.NotNull(layers, chart, nameof(layers));
        Check.NotNull(series, chart, nameof(series));
        Check.NotEmpty(chart, nameof(layers), layers.Count, "layers");
        var duplicate = layers.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{chart}: layer names must be distinct (they label the bars), '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(layers));
        }

        var traces = new List<Trace>();
        for (var i = 0; i < series.Count; i++)
        {
            var (name, values) = series[i];
            Check.NotNull(values, chart, $"series '{name}'");
            Check.SameLength(chart, nameof(layers), layers.Count, series.Count == 1 ? "values" : $"series '{name}'", values.Count, "entries");
            traces.Add(Fig.Trace("bar", name).Set("x", layers.ToArray()).Set("y", Fig.Gaps(values)).Set("marker", Fig.Marker(Palette.Of(i))));
        }

        var layout = Fig.Layout(title ?? "Per layer", xTitle, yTitle, logY).Set("barmode", "group").Set("showlegend", series.Count > 1);
        layout.SetProperty("xaxis", Fig.Axis(xTitle).Set("type", "category"));
        return Fig.Chart(traces, layout);
    }
}
