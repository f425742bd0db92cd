namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// A function and its derivative on one chart, legend "name(x)" and "name'(x)": notebook 04 shows each
    /// activation this way (sigmoid' peaks at 1/4, tanh' at 1, ReLU' jumps from 0 to 1).
    /// </summary>
    /// <remarks>Both are sampled at <paramref name="points"/> evenly spaced x values; NaN or infinite values are left as gaps.</remarks>
    /// <param name="f">The function.</param>
    /// <param name="df">Its derivative (for instance the engine's backward rule).</param>
    /// <param name="from">Left end of the x range.</param>
    /// <param name="to">Right end of the x range.</param>
    /// <param name="name">The function's name in the legend and title, e.g. "sigmoid".</param>
    /// <param name="points">Number of samples, at least 2.</param>
    /// <param name="title">Chart title; "name and its derivative" by default.</param>
    /// <param name="yTitle">Title of the y axis; "name(x), name'(x)" by default.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">from is not less than to, or fewer than 2 points.</exception>
    public static GenericChart FunctionAndDerivative(
        Func<double, double> f, Func<double, double> df, double from = -5, double to = 5, string name = "f", int points = 401, string? title = null,
        string? yTitle = null)
    {
        const string chart = nameof(FunctionAndDerivative);
        Check.NotNull(f, chart, nameof(f));
        Check.NotNull(df, chart, nameof(df));
        Check.Range(chart, from, to);
        Check.AtLeast(chart, nameof(points), points, 2);
        var x = Enumerable.Range(0, points).Select(i => from + ((to - from) * i / (points - 1))).ToArray();
        var traces = new Trace[]
        {
            Fig.Scatter(x, x.Select(f).ToArray(), "lines", $"{name}(x)").Set("line", Fig.Line(Palette.Of(0), 2.5)),
            Fig.Scatter(x, x.Select(df).ToArray(), "lines", $"{name}'(x)").Set("line", Fig.Line(Palette.Of(1), 2.5, "dash")),
        };
        return Fig.Chart(traces, Fig.Layout(title ?? $"{name} and its derivative", "x", yTitle ?? $"{name}(x), {name}'(x)", width: 620, height: 420));
    }
}
