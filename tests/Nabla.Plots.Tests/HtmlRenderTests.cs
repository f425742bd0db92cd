using System.Text;
using System.Text.Json;

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

        var traces = ChartJson.Of(chart).Traces;                    // what the chart holds
        var rendered = DataIn(html).EnumerateArray().ToArray();      // what the page hands plotly.js
        Assert.NotEmpty(traces);
        Assert.Equal(traces.Length, rendered.Length);
        for (var i = 0; i < traces.Length; i++)
        {
            Assert.True(JsonElement.DeepEquals(traces[i], rendered[i]), $"{name}: trace {i} differs in the page: {rendered[i]}");
            Assert.True(Numbers(rendered[i]) > 0, $"{name}: trace {i} carries no numbers: {rendered[i]}");
        }

        Assert.DoesNotContain("NaN", html);
        Assert.True(JsonElement.DeepEquals(DataIn(html), DataIn(GenericChart.toEmbeddedHTML(chart))), $"{name}: the embedded HTML carries other data");
    }

    /// <summary>The JSON array after <c>var data = </c> in a page Plotly.NET wrote.</summary>
    private static JsonElement DataIn(string html)
    {
        const string Marker = "var data = ";
        var at = html.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{Marker}' in the page");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(html[(at + Marker.Length)..]), new JsonReaderOptions { AllowMultipleValues = true });
        using var document = JsonDocument.ParseValue(ref reader);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }

    /// <summary>How many numbers a trace's data arrays (x, y, z, values, ...) hold, nested arrays included.</summary>
    private static int Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => 1,
        JsonValueKind.Array => element.EnumerateArray().Sum(Numbers),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is "x" or "y" or "z" or "values").Sum(p => Numbers(p.Value)),
        _ => 0,
    };
}
