namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// What a 2-D classifier decides everywhere: its output over a grid as coloured regions, with the training
    /// points on top. One or two output columns: shading by p(class 1) and a black line where p = 0.5 (two
    /// columns are read as softmax logits or probabilities, p(class 1) = softmax(u)₁ = σ(u₁ − u₀)). K &gt; 2 columns:
    /// each region in the colour of its arg-max class. Notebook 01 contrasts a deep linear net (a straight boundary,
    /// XOR unsolved) with one hidden ReLU/tanh layer (a curved one).
    /// </summary>
    /// <param name="model">Maps a batch of points (M, 2) to probabilities or logits (M, 1), or to logits (M, K).</param>
    /// <param name="points">The data, shape (N, 2).</param>
    /// <param name="labels">The class of each point: 0, 1, 2, ...</param>
    /// <param name="resolution">Grid points per axis (resolution x resolution in all), at least 2.</param>
    /// <param name="margin">How far the grid extends beyond the data, as a fraction of the data's range.</param>
    /// <param name="output">Whether a one- or two-column model returns probabilities or logits (Auto: probabilities if all lie in [0, 1]).</param>
    /// <param name="classNames">Legend names per class; "class k" when null.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">points is not (N, 2) or is empty, or labels does not match it.</exception>
    /// <exception cref="InvalidOperationException">The model does not return one row per grid point.</exception>
    public static GenericChart DecisionBoundary(
        Func<Tensor, Tensor> model, double[,] points, int[] labels, int resolution = 100, double margin = 0.1,
        ModelOutput output = ModelOutput.Auto, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        const string chart = nameof(DecisionBoundary);
        Check.NotNull(model, chart, nameof(model));
        var (x, y) = Columns(chart, points);
        Check.NotEmpty(chart, nameof(points), x.Length);
        Check.AtLeast(chart, nameof(resolution), resolution, 2);
        var traces = ClassTraces(chart, x, y, labels, classNames);        // checks labels before the model runs
        var grid = DecisionGrid.Evaluate(model, x, y, resolution, margin, output);
        traces.InsertRange(0, grid.Binary ? BinaryRegions(grid, Check.ClassName(classNames, 1)) : [ClassRegions(grid)]);
        var layout = Fig.Layout(title ?? "Decision boundary", "x1", "x2", width: 640, height: 560).Set("legend", Fig.LegendOnTop());
        layout.SetProperty("xaxis", Fig.Axis("x1").Set("range", new[] { grid.Xs[0], grid.Xs[^1] }));
        layout.SetProperty("yaxis", Fig.Axis("x2").Set("range", new[] { grid.Ys[0], grid.Ys[^1] }));
        return Fig.Chart(traces, layout);
    }

    /// <summary>
    /// The same chart for a network: runs <see cref="Module.Forward"/> in evaluation mode (no dropout) and
    /// puts the module back in the mode it was in.
    /// </summary>
    /// <param name="model">The classifier: 2 inputs, 1 or K outputs.</param>
    /// <param name="points">The data, shape (N, 2).</param>
    /// <param name="labels">The class of each point: 0, 1, 2, ...</param>
    /// <param name="resolution">Grid points per axis.</param>
    /// <param name="margin">Grid margin as a fraction of the data's range.</param>
    /// <param name="output">Probabilities or logits for a one-column model.</param>
    /// <param name="classNames">Legend names per class.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart DecisionBoundary(
        Module model, double[,] points, int[] labels, int resolution = 100, double margin = 0.1,
        ModelOutput output = ModelOutput.Auto, IReadOnlyList<string>? classNames = null, string? title = null)
    {
        Check.NotNull(model, nameof(DecisionBoundary), nameof(model));
        var wasTraining = model.IsTraining;
        model.Eval();
        try
        {
            return DecisionBoundary(model.Forward, points, labels, resolution, margin, output, classNames, title);
        }
        finally
        {
            if (wasTraining)
            {
                model.Train();
            }
        }
    }

    /// <summary>Shading by p(class 1) from class 0's colour through white to class 1's, and the p = 0.5 line.</summary>
    private static Trace[] BinaryRegions(DecisionGrid grid, string positive)
    {
        var shading = Fig.Trace("contour", $"p({positive})", showLegend: false)
            .Set("x", grid.Xs).Set("y", grid.Ys).Set("z", grid.Z)
            .Set("zmin", 0.0).Set("zmax", 1.0).Set("opacity", 0.5)
            .Set("colorscale", new object[][] { [0.0, Palette.Of(0)], [0.5, "#ffffff"], [1.0, Palette.Of(1)] })
            .Set("contours", Fig.Obj().Set("start", 0.0).Set("end", 1.0).Set("size", 0.1))
            .Set("line", Fig.Line(null, 0.5))
            .Set("colorbar", Fig.Obj().Set("title", Fig.Title($"p({positive})")));
        var boundary = Fig.Trace("contour", "p = 0.5")
            .Set("x", grid.Xs).Set("y", grid.Ys).Set("z", grid.Z)
            .Set("showscale", false).Set("hoverinfo", "skip")
            .Set("colorscale", new object[][] { [0.0, "#000000"], [1.0, "#000000"] })
            .Set("contours", Fig.Obj().Set("start", 0.5).Set("end", 0.5).Set("size", 1.0).Set("coloring", "lines"))
            .Set("line", Fig.Line("#000000", 3));
        return [shading, boundary];
    }

    /// <summary>Each grid cell in the faded colour of its predicted class (a discrete colour scale over 0..K-1).</summary>
    private static Trace ClassRegions(DecisionGrid grid)
    {
        var k = grid.Columns;
        var scale = new List<object[]>();
        for (var c = 0; c < k; c++)
        {
            scale.Add([(double)c / k, Palette.Of(c)]);
            scale.Add([(double)(c + 1) / k, Palette.Of(c)]);
        }

        return Fig.Trace("heatmap", "predicted class", showLegend: false)
            .Set("x", grid.Xs).Set("y", grid.Ys).Set("z", grid.Z)
            .Set("zmin", -0.5).Set("zmax", k - 0.5).Set("zsmooth", false)
            .Set("colorscale", scale.ToArray()).Set("showscale", false).Set("opacity", 0.35);
    }
}
