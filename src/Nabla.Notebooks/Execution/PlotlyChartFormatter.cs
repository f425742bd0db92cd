using System.Security.Cryptography;
using System.Text;
using Plotly.NET;

namespace Nabla.Notebooks;

/// <summary>
/// The runner's text/html formatter for Plotly.NET charts (what Plotly.NET.Interactive does in the
/// kernel, minus the CDN): a div plus a script calling <c>Plotly.newPlot</c> with the chart's
/// figure JSON. The page must provide a global <c>Plotly</c> (see <see cref="PlotlyJs"/>).
/// </summary>
public static class PlotlyChartFormatter
{
    private static int _counter;

    /// <summary>Renders <paramref name="chart"/> as an HTML fragment that draws it with the page's plotly.js.</summary>
    public static string ToHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        // {"data":[...],"layout":{...},"config":{...}} as Plotly.NET serializes it.
        string json = ScriptSafe(GenericChart.toJson(chart));
        int n = Interlocked.Increment(ref _counter);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..10];
        string id = $"plotly-{hash}-{n}";
        return $$"""
            <div id="{{id}}" class="nabla-plotly"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              var draw = function () { Plotly.newPlot('{{id}}', figure.data, figure.layout, figure.config); };
              if (typeof Plotly !== 'undefined') { draw(); } else { window.addEventListener('load', draw); }
            })();
            </script>
            """;
    }

    /// <summary>
    /// Makes JSON safe inside a script element: '&lt;' only occurs inside JSON strings, where
    /// \u003c means the same character, so "&lt;/script&gt;" in a trace name cannot end the script.
    /// </summary>
    internal static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
