using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;

namespace Nabla.Plots;

/// <summary>
/// The one place where Nabla.Plots talks to Plotly.NET's object model. Traces and layouts are built by
/// setting plotly.js attributes (the names in the plotly.js reference: "x", "mode", "line", ...) on
/// Plotly.NET's own objects, which serialize exactly as Plotly.NET's typed chart functions would.
/// </summary>
/// <remarks>
/// Why not <c>Chart.Line(...)</c>: from C# every F# optional argument of Plotly.NET must be passed
/// (30 to 104 per function, none has a C# default), which buries the three that matter. Every object made
/// here is new: Plotly.NET's <c>with*</c> functions mutate a chart's layout in place, so charts never share one.
/// </remarks>
internal static class Fig
{
    /// <summary>Sets a plotly.js attribute unless <paramref name="value"/> is null; returns the object for chaining.</summary>
    public static T Set<T>(this T target, string attribute, object? value)
        where T : DynamicObj.DynamicObj
    {
        if (value is not null)
        {
            target.SetProperty(attribute, value);
        }

        return target;
    }

    /// <summary>A new trace of a plotly.js type ("scatter", "bar", "histogram", "contour", "heatmap").</summary>
    public static Trace2D Trace(string type, string? name = null, bool showLegend = true) =>
        new Trace2D(type).Set("name", name).Set("showlegend", showLegend ? null : false);

    /// <summary>A scatter trace: "lines", "markers" or "lines+markers". Non-finite y values become gaps.</summary>
    public static Trace2D Scatter(IReadOnlyList<double> x, IReadOnlyList<double> y, string mode, string? name, bool showLegend = true) =>
        Trace("scatter", name, showLegend).Set("x", Gaps(x)).Set("y", Gaps(y)).Set("mode", mode);

    /// <summary>A nested plotly.js object that Plotly.NET has no class for (e.g. a contour's "contours").</summary>
    public static DynamicObj.DynamicObj Obj() => new();

    /// <summary>A title object: plotly.js wants <c>{"text": ...}</c>.</summary>
    public static Title Title(string text) => new Title().Set("text", text);

    /// <summary>
    /// A cartesian axis with an optional title, optionally logarithmic. A log axis labels every tick with its whole
    /// value ("0.4", "2", "1e-6"): plotly.js would otherwise label the ticks between powers of ten with a bare
    /// leading digit, so 0.4 reads "4".
    /// </summary>
    public static LinearAxis Axis(string? title, bool log = false) =>
        new LinearAxis().Set("title", title is null ? null : Title(title)).Set("type", log ? "log" : null).Set("tickformat", log ? LogTicks : null);

    /// <summary>The d3 number format of log-axis ticks: shortest form, trailing zeros trimmed, exponent past 1e±6.</summary>
    public const string LogTicks = "~g";

    /// <summary>A legend in one row above the plot, for charts whose right side holds a colour bar.</summary>
    public static Legend LegendOnTop() =>
        new Legend().Set("orientation", "h").Set("x", 0.0).Set("xanchor", "left").Set("y", 1.02).Set("yanchor", "bottom");

    /// <summary>Line style of a trace: colour, width in pixels, dash ("dash", "dot") or null for solid.</summary>
    public static Line Line(string? color, double? width = null, string? dash = null) =>
        new Line().Set("color", color).Set("width", width).Set("dash", dash);

    /// <summary>Marker style of a trace: colour, size in pixels, symbol ("circle", "star", ...), white outline.</summary>
    public static Marker Marker(string? color, double? size = null, string? symbol = null, bool outline = false) =>
        new Marker().Set("color", color).Set("size", size).Set("symbol", symbol)
            .Set("line", outline ? new Line().Set("color", "white").Set("width", 1) : null);

    /// <summary>
    /// The usual layout: title, axis titles, optional log y, size, legend. Pass further attributes with
    /// <see cref="Set{T}"/> on the result.
    /// </summary>
    public static Layout Layout(string? title, string? xTitle, string? yTitle, bool logY = false, int width = 720, int height = 440) =>
        new Layout()
            .Set("title", title is null ? null : Title(title))
            .Set("xaxis", Axis(xTitle))
            .Set("yaxis", Axis(yTitle, logY))
            .Set("width", width)
            .Set("height", height);

    /// <summary>A chart of the given traces with Plotly.NET's default template, then <paramref name="layout"/> on top.</summary>
    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.addLayout(layout, GenericChart.ofTraceObjects(true, traces.ToArray()));

    /// <summary>
    /// The values as nullable numbers with NaN and infinities turned into null: JSON has no NaN (Plotly.NET
    /// would write the string "NaN"), and plotly.js draws null as a gap, which is what a diverged run should show.
    /// </summary>
    public static double?[] Gaps(IReadOnlyList<double> values)
    {
        var result = new double?[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = double.IsFinite(values[i]) ? values[i] : null;
        }

        return result;
    }

    /// <summary>1, 2, ..., n: the x axis of per-epoch or per-step series.</summary>
    public static double[] Count(int n) => Enumerable.Range(1, n).Select(i => (double)i).ToArray();
}
