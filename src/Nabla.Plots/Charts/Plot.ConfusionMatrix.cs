using System.Globalization;

namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// A confusion matrix as an annotated heatmap: one row per actual class (first class at the top), one column
    /// per predicted class, each cell coloured by and labelled with the number of examples (or, with
    /// <paramref name="normalize"/>, the fraction of its row). The diagonal holds the correct predictions; the
    /// bright off-diagonal cells are the pairs the classifier mixes up. Notebook 09.
    /// </summary>
    /// <param name="actual">The true class of each example, 0..K-1.</param>
    /// <param name="predicted">The predicted class of each example, 0..K-1.</param>
    /// <param name="classNames">The K class names, in class order (distinct; they label the axes).</param>
    /// <param name="normalize">Divide each row by its total, so a row shows how the examples of that class were classified
    /// (the diagonal is then the recall of each class); a class without examples gives a row of zeros.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, a class is outside 0..K-1, or the names are not distinct.</exception>
    public static GenericChart ConfusionMatrix(int[] actual, int[] predicted, IReadOnlyList<string> classNames, bool normalize = false, string? title = null)
    {
        const string chart = nameof(ConfusionMatrix);
        Check.NotNull(actual, chart, nameof(actual));
        Check.NotNull(predicted, chart, nameof(predicted));
        Check.NotNull(classNames, chart, nameof(classNames));
        Check.NotEmpty(chart, nameof(classNames), classNames.Count, "names");
        Check.SameLength(chart, nameof(actual), actual.Length, nameof(predicted), predicted.Length, "classes");
        Check.Labels(chart, actual);
        Check.Labels(chart, predicted);
        Check.ClassNames(chart, classNames, actual);
        Check.ClassNames(chart, classNames, predicted);
        var duplicate = classNames.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{chart}: class names must be distinct (they label the rows and columns), '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(classNames));
        }

        var k = classNames.Count;
        var counts = global::Nabla.ConfusionMatrix.Count(actual, predicted, k);
        var z = new double[k][];
        var text = new string[k][];
        for (var a = 0; a < k; a++)
        {
            var total = Enumerable.Range(0, k).Sum(p => counts[a, p]);
            z[a] = new double[k];
            text[a] = new string[k];
            for (var p = 0; p < k; p++)
            {
                z[a][p] = normalize ? (total == 0 ? 0 : (double)counts[a, p] / total) : counts[a, p];
                text[a][p] = normalize ? z[a][p].ToString("0.00", CultureInfo.InvariantCulture) : counts[a, p].ToString(CultureInfo.InvariantCulture);
            }
        }

        var names = classNames.ToArray();
        var max = z.SelectMany(row => row).DefaultIfEmpty(0).Max();
        var heatmap = Fig.Trace("heatmap", normalize ? "fraction of row" : "count", showLegend: false)
            .Set("x", names).Set("y", names).Set("z", z)
            .Set("text", text).Set("texttemplate", "%{text}")
            .Set("zmin", 0.0).Set("zmax", normalize ? 1.0 : Math.Max(1.0, max))
            .Set("colorscale", new object[][] { [0.0, "#ffffff"], [0.25, "#c6dbef"], [0.6, "#4292c6"], [1.0, "#08306b"] })
            .Set("xgap", 1).Set("ygap", 1)
            .Set("colorbar", Fig.Obj().Set("title", Fig.Title(normalize ? "fraction<br>of row" : "examples")))
            .Set("hovertemplate", "actual %{y}<br>predicted %{x}<br>%{text}<extra></extra>");
        var side = Math.Max(300, Math.Min(640, 56 * k));
        var layout = Fig.Layout(title ?? (normalize ? "Confusion matrix (each row sums to 1)" : "Confusion matrix"), "predicted class", "actual class",
            width: side + 260, height: side + 200);
        layout.SetProperty("xaxis", Fig.Axis("predicted class").Set("type", "category").Set("tickangle", -45).Set("showgrid", false));
        layout.SetProperty("yaxis", Fig.Axis("actual class").Set("type", "category").Set("autorange", "reversed").Set("showgrid", false));
        layout.SetProperty("plot_bgcolor", "#ffffff");
        return Fig.Chart([heatmap], layout);
    }
}
