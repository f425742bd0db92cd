namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// Optimizer paths on the contour map of a 2-D surface f(x, y), each path from its start (a circle) to its
    /// end (a star). Notebook 06 races SGD, momentum, Nesterov, Adagrad, RMSProp and Adam on a valley, a saddle
    /// and a surface with a local minimum; the paths come from <see cref="Trajectory.Follow"/>.
    /// </summary>
    /// <param name="surface">The height f(x, y) as plain numbers.</param>
    /// <param name="xRange">The x interval drawn.</param>
    /// <param name="yRange">The y interval drawn.</param>
    /// <param name="paths">(name, visited points) per optimizer.</param>
    /// <param name="resolution">Grid points per axis for the contour map, at least 2.</param>
    /// <param name="logLevels">Contour levels of log(1 + f - min f): makes narrow valleys readable.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">An empty interval, a null or empty path, or resolution below 2.</exception>
    public static GenericChart Trajectories(
        Func<double, double, double> surface, (double Min, double Max) xRange, (double Min, double Max) yRange,
        IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Path)> paths, int resolution = 100, bool logLevels = false, string? title = null)
    {
        const string chart = nameof(Trajectories);
        Check.NotNull(surface, chart, nameof(surface));
        Check.NotNull(paths, chart, nameof(paths));
        Check.Range(chart, xRange.Min, xRange.Max);
        Check.Range(chart, yRange.Min, yRange.Max);
        Check.AtLeast(chart, nameof(resolution), resolution, 2);
        double[] Axis((double Min, double Max) r) => Enumerable.Range(0, resolution).Select(i => r.Min + ((r.Max - r.Min) * i / (resolution - 1))).ToArray();
        var (xs, ys) = (Axis(xRange), Axis(yRange));
        var z = ys.Select(y => xs.Select(x => surface(x, y)).ToArray()).ToArray();   // z[j][i] = f(xs[i], ys[j])
        if (logLevels)
        {
            var min = z.SelectMany(row => row).Where(double.IsFinite).DefaultIfEmpty(0).Min();
            z = z.Select(row => row.Select(v => Math.Log(1 + v - min)).ToArray()).ToArray();
        }

        var traces = new List<Trace>
        {
            Fig.Trace("contour", "f", showLegend: false)
                .Set("x", xs).Set("y", ys).Set("z", z.Select(Fig.Gaps).ToArray()).Set("ncontours", 25)
                .Set("colorscale", new object[][] { [0.0, "#ffffff"], [1.0, "#7f7f7f"] })
                .Set("colorbar", Fig.Obj().Set("title", Fig.Title(logLevels ? "log(1 + f - min)" : "f(x, y)"))),
        };
        for (var i = 0; i < paths.Count; i++)
        {
            var (name, path) = paths[i];
            Check.NotNull(path, chart, $"path '{name}'");
            Check.NotEmpty(chart, $"path '{name}'", path.Count);
            var symbols = path.Select((_, j) => j == 0 ? "circle" : j == path.Count - 1 ? "star" : "circle").ToArray();
            var sizes = path.Select((_, j) => j == 0 ? 10.0 : j == path.Count - 1 ? 14.0 : 4.0).ToArray();
            traces.Add(Fig.Scatter(path.Select(p => p.X).ToArray(), path.Select(p => p.Y).ToArray(), "lines+markers", name)
                .Set("line", Fig.Line(Palette.Of(i), 2))
                .Set("marker", Fig.Marker(Palette.Of(i)).Set("symbol", symbols).Set("size", sizes)));
        }

        var layout = Fig.Layout(title ?? "Optimizer paths", "x", "y", width: 700, height: 580).Set("legend", Fig.LegendOnTop());
        layout.SetProperty("xaxis", Fig.Axis("x").Set("range", new[] { xRange.Min, xRange.Max }));
        layout.SetProperty("yaxis", Fig.Axis("y").Set("range", new[] { yRange.Min, yRange.Max }));
        return Fig.Chart(traces, layout);
    }
}
