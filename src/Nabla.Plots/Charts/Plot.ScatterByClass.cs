namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// 2-D points coloured by class, one legend entry per class: XOR, circles or spirals before a
    /// classifier is trained (notebooks 01 and 02). Class k has the same colour as in <see cref="DecisionBoundary(Func{Tensor, Tensor}, double[,], int[], int, double, ModelOutput, IReadOnlyList{string}?, string?)"/>.
    /// </summary>
    /// <param name="points">The points, shape (N, 2): column 0 is x1, column 1 is x2.</param>
    /// <param name="labels">The class of each point: 0, 1, 2, ...</param>
    /// <param name="classNames">Legend names per class (index k names class k); "class k" when null.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">points is not (N, 2), labels does not have N entries, or a label is negative.</exception>
    public static GenericChart ScatterByClass(
        double[,] points, int[] labels, IReadOnlyList<string>? classNames = null, string? title = null, string? xTitle = "x1", string? yTitle = "x2")
    {
        var (x, y) = Columns(nameof(ScatterByClass), points);
        return ScatterByClassCore(nameof(ScatterByClass), x, y, labels, classNames, title, xTitle, yTitle);
    }

    /// <summary>The same chart from a list of (x, y) points.</summary>
    /// <param name="points">The points.</param>
    /// <param name="labels">The class of each point: 0, 1, 2, ...</param>
    /// <param name="classNames">Legend names per class; "class k" when null.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Title of the x axis.</param>
    /// <param name="yTitle">Title of the y axis.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ScatterByClass(
        IReadOnlyList<(double X, double Y)> points, int[] labels, IReadOnlyList<string>? classNames = null,
        string? title = null, string? xTitle = "x1", string? yTitle = "x2")
    {
        Check.NotNull(points, nameof(ScatterByClass), nameof(points));
        return ScatterByClassCore(
            nameof(ScatterByClass), points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), labels, classNames, title, xTitle, yTitle);
    }

    private static GenericChart ScatterByClassCore(
        string chart, double[] x, double[] y, int[] labels, IReadOnlyList<string>? classNames, string? title, string? xTitle, string? yTitle) =>
        Fig.Chart(ClassTraces(chart, x, y, labels, classNames), Fig.Layout(title, xTitle, yTitle, width: 620, height: 520));

    /// <summary>One marker trace per class present in <paramref name="labels"/>, in class order.</summary>
    private static List<Trace> ClassTraces(string chart, double[] x, double[] y, int[] labels, IReadOnlyList<string>? classNames)
    {
        Check.NotNull(labels, chart, nameof(labels));
        Check.SameLength(chart, "points", x.Length, nameof(labels), labels.Length);
        Check.Labels(chart, labels);
        Check.ClassNames(chart, classNames, labels);
        var traces = new List<Trace>();
        foreach (var k in labels.Distinct().Order())
        {
            var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == k).ToArray();
            traces.Add(DataPoints(members.Select(i => x[i]).ToArray(), members.Select(i => y[i]).ToArray(), Check.ClassName(classNames, k), Palette.Of(k)));
        }

        return traces;
    }

    /// <summary>The two columns of an (N, 2) array.</summary>
    private static (double[] X, double[] Y) Columns(string chart, double[,] points)
    {
        Check.NotNull(points, chart, nameof(points));
        if (points.GetLength(1) != 2)
        {
            throw new ArgumentException($"{chart}: points must have shape (N, 2), got ({points.GetLength(0)}, {points.GetLength(1)}).", nameof(points));
        }

        var n = points.GetLength(0);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i]) = (points[i, 0], points[i, 1]);
        }

        return (x, y);
    }
}
