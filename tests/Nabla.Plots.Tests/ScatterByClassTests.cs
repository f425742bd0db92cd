namespace Nabla.Plots.Tests;

public sealed class ScatterByClassTests
{
    private static readonly double[,] Points = { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 } };

    [Fact]
    public void One_trace_per_class_in_class_order()
    {
        var chart = ChartJson.Of(Plot.ScatterByClass(Points, [1, 0, 1, 2]));

        Assert.Equal(["class 0", "class 1", "class 2"], chart.Names);
        Assert.Equal([0.0, 2], ChartJson.Numbers(chart.Trace("class 1"), "x"));
        Assert.Equal([1.0], ChartJson.Numbers(chart.Trace("class 0"), "y"));
        Assert.Equal("x1", chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void Tuple_points_and_class_names()
    {
        var chart = ChartJson.Of(Plot.ScatterByClass([(0.0, 1.0), (2.0, 3.0)], [0, 1], ["inside", "outside"]));
        Assert.Equal(["inside", "outside"], chart.Names);
    }

    [Fact]
    public void Rejects_bad_shapes_labels_and_names()
    {
        Assert.StartsWith("ScatterByClass: points must have shape (N, 2), got (2, 3)",
            Assert.Throws<ArgumentException>(() => Plot.ScatterByClass(new double[2, 3], [0, 1])).Message);
        Assert.StartsWith("ScatterByClass: points has 4 points but labels has 3",
            Assert.Throws<ArgumentException>(() => Plot.ScatterByClass(Points, [0, 1, 0])).Message);
        Assert.StartsWith("ScatterByClass: labels must be class indices 0, 1, 2, ...; found -1 at index 2",
            Assert.Throws<ArgumentException>(() => Plot.ScatterByClass(Points, [0, 1, -1, 0])).Message);
        Assert.StartsWith("ScatterByClass: classNames has 1 names but the labels go up to 1",
            Assert.Throws<ArgumentException>(() => Plot.ScatterByClass(Points, [0, 1, 1, 0], ["only"])).Message);
    }
}
