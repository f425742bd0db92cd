using System.Globalization;
using Plotly.NET.LayoutObjects;

namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// Grayscale images in a grid, one small panel per image, filled row by row: Fashion-MNIST examples with
    /// their class names, or the images a classifier confuses (notebook 09), or augmented copies of one image.
    /// Each image is drawn as it looks: pixel row 0 at the top, square pixels, no ticks, and one grey scale for
    /// all panels (0 black, 1 white) so that brightness can be compared across images.
    /// </summary>
    /// <param name="images">The images, each <paramref name="height"/> * <paramref name="width"/> pixels in [0, 1],
    /// row-major (pixel (r, c) at index r * width + c), as a row of <see cref="FashionMnist"/>'s X or of <see cref="Flatten"/>'s output.</param>
    /// <param name="height">Pixel rows per image, at least 1.</param>
    /// <param name="width">Pixel columns per image, at least 1.</param>
    /// <param name="titles">One title per image (e.g. the class name), or null for none.</param>
    /// <param name="columns">Images per row of the grid, at least 1.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">No images, an image of the wrong size, titles not one per image, or sizes below 1.</exception>
    public static GenericChart ImageGrid(
        IReadOnlyList<double[]> images, int height, int width, IReadOnlyList<string>? titles = null, int columns = 8, string? title = null)
    {
        const string chart = nameof(ImageGrid);
        Check.NotNull(images, chart, nameof(images));
        Check.NotEmpty(chart, nameof(images), images.Count, "images");
        Check.AtLeast(chart, nameof(height), height, 1);
        Check.AtLeast(chart, nameof(width), width, 1);
        Check.AtLeast(chart, nameof(columns), columns, 1);
        if (titles is not null)
        {
            Check.SameLength(chart, nameof(images), images.Count, nameof(titles), titles.Count, "entries");
        }

        var cols = Math.Min(columns, images.Count);
        var rows = (images.Count + cols - 1) / cols;
        var longest = titles?.Max(t => t?.Length ?? 0) ?? 0;
        var cell = Math.Clamp((int)Math.Ceiling(6.5 * longest), 96, 160);   // pixels per panel side, wide enough for its title
        var titleSpace = titles is null ? 6 : 22;                // room above each panel for its title
        const int gap = 8;
        const int colorBar = 90;
        const int marginLeft = 10;
        var marginTop = title is null ? 20 : 60;
        var plotWidth = cols * (cell + gap);
        var plotHeight = rows * (cell + titleSpace);
        var traces = new List<Trace>();
        var layout = new Layout()
            .Set("title", title is null ? null : Fig.Title(title))
            .Set("showlegend", false)
            .Set("width", marginLeft + plotWidth + colorBar)
            .Set("height", marginTop + plotHeight + 20)
            .Set("margin", Fig.Obj().Set("l", marginLeft).Set("r", colorBar).Set("t", marginTop).Set("b", 20))
            .Set("plot_bgcolor", "#ffffff");
        var annotations = new List<DynamicObj.DynamicObj>();
        for (var k = 0; k < images.Count; k++)
        {
            var image = Check.NotNull(images[k], chart, $"image {k}");
            if (image.Length != height * width)
            {
                throw new ArgumentException(
                    $"{chart}: image {k} has {image.Length} pixels but height * width = {height} * {width} = {height * width}.", nameof(images));
            }

            int row = k / cols, col = k % cols;
            var suffix = k == 0 ? "" : (k + 1).ToString(CultureInfo.InvariantCulture);
            var x0 = (double)col * (cell + gap) / plotWidth;
            var x1 = ((double)col * (cell + gap) + cell) / plotWidth;
            var yTop = 1.0 - ((double)row * (cell + titleSpace) + titleSpace) / plotHeight;
            var yBottom = 1.0 - ((double)(row + 1) * (cell + titleSpace)) / plotHeight;
            traces.Add(Fig.Trace("heatmap", titles?[k] ?? $"image {k}", showLegend: false)
                .Set("z", Pixels(image, height, width))
                .Set("zmin", 0.0).Set("zmax", 1.0).Set("zsmooth", false)
                .Set("colorscale", new object[][] { [0.0, "#000000"], [1.0, "#ffffff"] })
                .Set("showscale", k == 0)
                .Set("colorbar", k == 0 ? Fig.Obj().Set("title", Fig.Title("pixel")).Set("len", Math.Min(1.0, 300.0 / plotHeight)).Set("y", 1.0).Set("yanchor", "top") : null)
                .Set("hovertemplate", "row %{y}, column %{x}: %{z:.2f}<extra></extra>")
                .Set("xaxis", "x" + suffix)
                .Set("yaxis", "y" + suffix));
            layout.SetProperty("xaxis" + suffix, ImageAxis(x0, x1, null).Set("anchor", "y" + suffix).Set("range", new[] { -0.5, width - 0.5 }));
            layout.SetProperty("yaxis" + suffix, ImageAxis(yBottom, yTop, "x" + suffix).Set("anchor", "x" + suffix)
                .Set("range", new[] { height - 0.5, -0.5 }));          // reversed: pixel row 0 at the top
            if (titles is not null)
            {
                annotations.Add(Fig.Obj()
                    .Set("text", titles[k] ?? "").Set("showarrow", false)
                    .Set("xref", "paper").Set("yref", "paper").Set("x", (x0 + x1) / 2).Set("y", yTop)
                    .Set("xanchor", "center").Set("yanchor", "bottom").Set("font", Fig.Obj().Set("size", 11)));
            }
        }

        if (annotations.Count > 0)
        {
            layout.SetProperty("annotations", annotations.ToArray());
        }

        return Fig.Chart(traces, layout);
    }

    /// <summary>An axis without ticks or grid over the given part of the figure; with <paramref name="scaleAnchor"/>, square pixels.</summary>
    private static LinearAxis ImageAxis(double from, double to, string? scaleAnchor) =>
        new LinearAxis()
            .Set("domain", new[] { from, to })
            .Set("showticklabels", false).Set("ticks", "").Set("showgrid", false).Set("zeroline", false)
            .Set("scaleanchor", scaleAnchor).Set("constrain", "domain");

    /// <summary>A row-major image as plotly's z: z[r][c] = pixel (r, c), non-finite values as gaps.</summary>
    private static double?[][] Pixels(double[] image, int height, int width)
    {
        var z = new double?[height][];
        for (var r = 0; r < height; r++)
        {
            z[r] = Fig.Gaps(new ArraySegment<double>(image, r * width, width));
        }

        return z;
    }
}
