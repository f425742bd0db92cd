using System.Text.Json;

namespace Nabla.Plots.Tests;

public sealed class ImageAndConfusionTests
{
    [Fact]
    public void ImageGrid_one_heatmap_per_image_row_zero_on_top_square_pixels_shared_grey_scale()
    {
        double[] first = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5];                      // 2 x 3, row-major
        double[] second = [1.0, 0.9, 0.8, 0.7, 0.6, double.NaN];
        double[] third = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
        var chart = ChartJson.Of(Plot.ImageGrid([first, second, third], height: 2, width: 3, titles: ["a", "b", "c"], columns: 2, title: "Images"));

        Assert.Equal(3, chart.Traces.Length);
        Assert.All(chart.Traces, t => Assert.Equal("heatmap", ChartJson.Text(t, "type")));
        Assert.Equal(["x", "x2", "x3"], chart.Traces.Select(t => ChartJson.Text(t, "xaxis")));
        Assert.Equal(["y", "y2", "y3"], chart.Traces.Select(t => ChartJson.Text(t, "yaxis")));
        var z = chart.Traces[0].GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.Equal([[0.0, 0.1, 0.2], [0.3, 0.4, 0.5]], z);                  // z[r][c] = pixel (r, c)
        Assert.Equal(JsonValueKind.Null, chart.Traces[1].GetProperty("z")[1][2].ValueKind);   // NaN as a gap
        Assert.All(chart.Traces, t => Assert.Equal((0.0, 1.0), (t.GetProperty("zmin").GetDouble(), t.GetProperty("zmax").GetDouble())));
        Assert.Equal([true, false, false], chart.Traces.Select(t => t.GetProperty("showscale").GetBoolean()));   // one colour bar for all

        foreach (var suffix in new[] { "", "2", "3" })
        {
            var y = chart.Layout.GetProperty("yaxis" + suffix);
            Assert.Equal([1.5, -0.5], y.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));      // reversed: row 0 on top
            Assert.Equal("x" + suffix, y.GetProperty("scaleanchor").GetString());                                 // square pixels
            Assert.False(y.GetProperty("showticklabels").GetBoolean());
            Assert.False(chart.Layout.GetProperty("xaxis" + suffix).GetProperty("showticklabels").GetBoolean());
        }

        // Filled row by row: image 3 starts the second row, below image 1, in the same column.
        double[] Domain(string axis) => chart.Layout.GetProperty(axis).GetProperty("domain").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(Domain("xaxis"), Domain("xaxis3"));
        Assert.True(Domain("xaxis2")[0] > Domain("xaxis")[1]);
        Assert.True(Domain("yaxis3")[1] < Domain("yaxis")[0]);
        Assert.Equal(Domain("yaxis"), Domain("yaxis2"));

        var titles = chart.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());
        Assert.Equal(["a", "b", "c"], titles);
        Assert.Equal("Images", chart.Title);
    }

    [Fact]
    public void ImageGrid_checks_sizes_and_titles()
    {
        Assert.StartsWith("ImageGrid: image 1 has 5 pixels but height * width = 2 * 3 = 6",
            Assert.Throws<ArgumentException>(() => Plot.ImageGrid([new double[6], new double[5]], 2, 3)).Message);
        Assert.StartsWith("ImageGrid: images has 1 entries but titles has 2",
            Assert.Throws<ArgumentException>(() => Plot.ImageGrid([new double[4]], 2, 2, ["a", "b"])).Message);
        Assert.StartsWith("ImageGrid: images has no images",
            Assert.Throws<ArgumentException>(() => Plot.ImageGrid([], 2, 2)).Message);
        Assert.StartsWith("ImageGrid: columns must be at least 1, got 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => Plot.ImageGrid([new double[4]], 2, 2, columns: 0)).Message);
        Assert.False(ChartJson.Of(Plot.ImageGrid([new double[4]], 2, 2)).Layout.TryGetProperty("annotations", out _));
    }

    [Fact]
    public void ConfusionMatrix_counts_in_cells_actual_on_y_predicted_on_x()
    {
        int[] actual = [0, 0, 0, 1, 1, 2, 2, 2, 2];
        int[] predicted = [0, 0, 1, 1, 2, 2, 2, 0, 2];
        var chart = ChartJson.Of(Plot.ConfusionMatrix(actual, predicted, ["cat", "dog", "fox"]));

        var heatmap = Assert.Single(chart.Traces);
        Assert.Equal("heatmap", ChartJson.Text(heatmap, "type"));
        Assert.Equal(["cat", "dog", "fox"], ChartJson.Strings(heatmap, "x"));
        Assert.Equal(["cat", "dog", "fox"], ChartJson.Strings(heatmap, "y"));
        var z = heatmap.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.Equal([[2.0, 1, 0], [0.0, 1, 1], [1.0, 0, 3]], z);            // z[actual][predicted]
        var text = heatmap.GetProperty("text").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetString()).ToArray()).ToArray();
        Assert.Equal([["2", "1", "0"], ["0", "1", "1"], ["1", "0", "3"]], text);
        Assert.Equal("%{text}", ChartJson.Text(heatmap, "texttemplate"));
        Assert.Equal("predicted class", chart.AxisTitle("xaxis"));
        Assert.Equal("actual class", chart.AxisTitle("yaxis"));
        Assert.Equal("reversed", ChartJson.Text(chart.Layout, "yaxis", "autorange"));   // first class at the top
        Assert.Equal("Confusion matrix", chart.Title);
    }

    [Fact]
    public void ConfusionMatrix_normalized_rows_sum_to_one()
    {
        var chart = ChartJson.Of(Plot.ConfusionMatrix([0, 0, 0, 1, 1, 2, 2, 2, 2], [0, 0, 1, 1, 2, 2, 2, 0, 2], ["a", "b", "c"], normalize: true, title: "Recall"));

        var heatmap = chart.Traces[0];
        var z = heatmap.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.All(z, row => Assert.Equal(1.0, row.Sum(), 12));
        Assert.Equal(0.75, z[2][2], 12);
        Assert.Equal("0.75", heatmap.GetProperty("text")[2][2].GetString());
        Assert.Equal(1.0, heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal("Recall", chart.Title);
    }

    [Fact]
    public void ConfusionMatrix_checks_its_arguments()
    {
        Assert.StartsWith("ConfusionMatrix: actual has 2 classes but predicted has 1",
            Assert.Throws<ArgumentException>(() => Plot.ConfusionMatrix([0, 1], [0], ["a", "b"])).Message);
        Assert.StartsWith("ConfusionMatrix: classNames has 2 names but the labels go up to 2",
            Assert.Throws<ArgumentException>(() => Plot.ConfusionMatrix([0, 1], [0, 2], ["a", "b"])).Message);
        Assert.StartsWith("ConfusionMatrix: labels must be class indices",
            Assert.Throws<ArgumentException>(() => Plot.ConfusionMatrix([0, -1], [0, 1], ["a", "b"])).Message);
        Assert.StartsWith("ConfusionMatrix: class names must be distinct",
            Assert.Throws<ArgumentException>(() => Plot.ConfusionMatrix([0, 1], [0, 1], ["a", "a"])).Message);
    }
}
