using System.Text.Json;

namespace Nabla.Plots.Tests;

/// <summary>Reads a chart back as the JSON figure plotly.js receives ({"data": [...], "layout": {...}}).</summary>
internal sealed class ChartJson
{
    private ChartJson(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => Root.GetProperty("layout");

    public static ChartJson Of(GenericChart chart) =>
        new(JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.Clone());

    public JsonElement Trace(string name) => Traces.Single(t => Name(t) == name);

    public string[] Names => Traces.Select(t => Name(t) ?? "").ToArray();

    public static string? Name(JsonElement trace) => trace.TryGetProperty("name", out var n) ? n.GetString() : null;

    public static double?[] Numbers(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray();

    public static string[] Strings(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();

    public static string Text(JsonElement element, params string[] path)
    {
        foreach (var p in path)
        {
            element = element.GetProperty(p);
        }

        return element.GetString()!;
    }

    /// <summary>The layout's title text, or null.</summary>
    public string? Title => Layout.TryGetProperty("title", out var t) && t.TryGetProperty("text", out var text) ? text.GetString() : null;

    public string AxisTitle(string axis) => Text(Layout, axis, "title", "text");

    public string? AxisType(string axis) => Layout.GetProperty(axis).TryGetProperty("type", out var t) ? t.GetString() : null;
}
