namespace Nabla.Plots.Tests;

/// <summary>Every chart serializes to Plotly.NET's HTML (the book test checks the real rendering in Chromium).</summary>
public sealed class HtmlRenderTests
{
    private static readonly double[,] Points = { { 0, 0 }, { 1, 1 }, { 0, 1 }, { 1, 0 } };

    public static TheoryData<string> Charts() => new(Factories.Keys);

    private static readonly Dictionary<string, Func<GenericChart>> Factories = new()
    {
        ["Line"] = () => Plot.Line([1, 2], [3, double.NaN]),
        ["Lines"] = () => Plot.Lines([("a", [1.0, 2]), ("b", [2.0, 1])], logY: true),
        ["Scatter"] = () => Plot.Scatter([1, 2], [3, 4], "data"),
        ["ScatterWithFits"] = () => Plot.ScatterWithFits([1, 2], [3, 4], [("fit", [3.0, 4])]),
        ["ScatterByClass"] = () => Plot.ScatterByClass(Points, [0, 1, 1, 0]),
        ["LearningCurves"] = () => Plot.LearningCurves([1.0, 0.5], [1.2, 0.7], 2, logY: true),
        ["LearningCurves(History)"] = () => Plot.LearningCurves(LearningCurvesTests.Run()),
        ["FunctionAndDerivative"] = () => Plot.FunctionAndDerivative(Math.Tanh, x => 1 - (Math.Tanh(x) * Math.Tanh(x)), name: "tanh"),
        ["DecisionBoundary"] = () => Plot.DecisionBoundary(x => x.Sigmoid().Sum(1), Points, [0, 1, 1, 0], resolution: 10),
        ["RegressionBand"] = () => Plot.RegressionBand([0, 1], [0, 1], [0, 1], [0.1, 0.2], [0.1, 0.9]),
        ["LayerBars"] = () => Plot.LayerBars(["1", "2"], [("relu", [1.0, 2]), ("tanh", [1.0, 0.5])], logY: true),
        ["HistogramGrid"] = () => Plot.HistogramGrid([("a", [1.0, 2]), ("b", [3.0])], columns: 2),
        ["Trajectories"] = () => Plot.Trajectories((x, y) => (x * x) + (y * y), (-1, 1), (-1, 1), [("SGD", [(1.0, 1.0), (0.0, 0.0)])], resolution: 10),
        ["LiveChart"] = () =>
        {
            GenericChart? last = null;
            var live = new LiveChart(c => last = c);
            live.Report((1, 1.0, 1.1));
            return last!;
        },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_renders_to_html_with_its_data(string name)
    {
        var chart = Factories[name]();

        var html = GenericChart.toChartHTML(chart);

        Assert.Contains("var data = [", html);
        Assert.Contains("\"type\":\"", html);
        Assert.DoesNotContain("NaN", html);
        Assert.NotEmpty(GenericChart.toEmbeddedHTML(chart));
    }
}
