using System.Reflection;

namespace Nabla.Interactive;

/// <summary>The plotly.js bundle that Plotly.NET 6 carries (plotly.js 2.28.0, minified), for outputs and pages that draw offline.</summary>
public static class PlotlyJs
{
    private static readonly Lazy<(string Name, string Source)> Bundle = new(Read);

    /// <summary>Returns the minified plotly.js source embedded in the Plotly.NET assembly.</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly carries no plotly-*.min.js resource.</exception>
    public static string Load() => Bundle.Value.Source;

    /// <summary>The embedded resource's file name, e.g. <c>plotly-2.28.0.min.js</c>.</summary>
    public static string FileName => Bundle.Value.Name;

    /// <summary>plotly.js's version, e.g. <c>2.28.0</c>.</summary>
    public static string Version => FileName["plotly-".Length..^".min.js".Length];

    private static (string, string) Read()
    {
        Assembly assembly = typeof(GenericChart).Assembly;
        string[] names = assembly.GetManifestResourceNames();
        string resource = names.FirstOrDefault(n => n.Contains("plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"Expected a plotly-*.min.js resource in {assembly.GetName().Name} {assembly.GetName().Version}, found: {string.Join(", ", names)}");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        string name = resource.StartsWith("Plotly.NET.", StringComparison.Ordinal) ? resource["Plotly.NET.".Length..] : resource;
        return (name, reader.ReadToEnd());
    }
}
