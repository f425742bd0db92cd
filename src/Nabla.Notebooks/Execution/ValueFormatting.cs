using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Nabla.Notebooks;

/// <summary>
/// Turns values into mime bundles the way the .NET Interactive C# kernel does: a string is
/// text/plain only, anything else (null included) is text/html only, through
/// Microsoft.DotNet.Interactive.Formatting with the runner's Plotly.NET chart formatter registered.
/// </summary>
internal static class ValueFormatting
{
    private static readonly Lazy<bool> Configured = new(Configure);

    /// <summary>Formats <paramref name="value"/> for each requested mime type, or the kernel's default when none is given.</summary>
    public static Dictionary<string, string> Format(object? value, IReadOnlyList<string> mimeTypes)
    {
        _ = Configured.Value;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (mimeTypes.Count == 0)
        {
            if (value is string text)
                data["text/plain"] = text;
            else
                data["text/html"] = Formatter.ToDisplayString(value!, "text/html");
            return data;
        }
        foreach (var mime in mimeTypes)
            data[mime] = Formatter.ToDisplayString(value!, mime);
        return data;
    }

    /// <summary>Makes sure the formatter defaults and the chart formatter are registered.</summary>
    public static void EnsureConfigured() => _ = Configured.Value;

    private static bool Configure()
    {
        Formatter.DefaultMimeType = "text/html";
        Formatter.Register(typeof(GenericChart), (chart, writer) => writer.Write(PlotlyChartFormatter.ToHtml((GenericChart)chart)), "text/html");
        return true;
    }
}
