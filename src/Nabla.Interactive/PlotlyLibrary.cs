namespace Nabla.Interactive;

/// <summary>
/// The plotly.js bundle that Plotly.NET 6 carries (plotly.js 2.28.0, minified), and the script element that carries
/// it in a chart output. Compiled into the kernel extension (which embeds it once per kernel session) and into the
/// book (which drops that script and writes plotly.js once as a file).
/// </summary>
internal static class PlotlyLibrary
{
    /// <summary>The attribute that marks the script element carrying plotly.js in a chart output.</summary>
    public const string Marker = "data-nabla-plotly-js";

    private static readonly Lazy<(string Name, string Source)> Bundle = new(Read);

    /// <summary>The minified plotly.js source embedded in the Plotly.NET assembly.</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly carries no plotly-*.min.js resource.</exception>
    public static string Source => Bundle.Value.Source;

    /// <summary>The embedded resource's file name, e.g. <c>plotly-2.28.0.min.js</c>.</summary>
    public static string FileName => Bundle.Value.Name;

    /// <summary>plotly.js's version, e.g. <c>2.28.0</c>.</summary>
    public static string Version => FileName["plotly-".Length..^".min.js".Length];

    /// <summary>
    /// A script element that defines <c>window.Plotly</c>. plotly.js decides how to publish itself by looking for
    /// AMD's <c>define</c> and CommonJS's <c>module</c>/<c>exports</c>; classic Jupyter pages have require.js's
    /// define, so plotly.js would become an AMD module and <c>window.Plotly</c> would never be set. Inside the
    /// wrapping function those three names are undefined, so plotly.js sets <c>window.Plotly</c>, as on a plain page.
    /// </summary>
    public static string Script() =>
        $"<script type=\"text/javascript\" {Marker}=\"{Version}\">(function (define, module, exports) {{\n{Source}\n}})();</script>";

    /// <summary>Removes the script element that carries plotly.js from an output's HTML (unchanged when it has none).</summary>
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int marker = html.IndexOf(Marker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return html;
        }

        int start = html.LastIndexOf("<script", marker, StringComparison.Ordinal);
        int end = html.IndexOf("</script>", marker, StringComparison.Ordinal);
        return start < 0 || end < 0 ? html : html[..start] + html[(end + "</script>".Length)..];
    }

    private static (string, string) Read()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
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
