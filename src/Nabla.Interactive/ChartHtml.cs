namespace Nabla.Interactive;

/// <summary>
/// A Plotly.NET chart as a notebook output that draws offline: a div, and a script that draws the chart into it
/// with plotly.js. The first chart of a kernel session also carries plotly.js itself (the copy inside Plotly.NET),
/// so nothing is loaded from the internet; later charts reuse it.
/// </summary>
/// <remarks>
/// Div ids count up from 1 in each session (<c>nabla-chart-1</c>, ...; see <see cref="StartSession"/>), so two runs
/// of a lesson give the same outputs. A notebook can still hold an old output with the same id from an earlier session, so the script draws
/// into every not-yet-drawn div with its id rather than into the first one the page finds.
/// </remarks>
internal static class ChartHtml
{
    private static int counter;
    private static int libraryShown;

    /// <summary>Starts a kernel session: the next chart is nabla-chart-1 and carries plotly.js again.</summary>
    public static void StartSession()
    {
        Interlocked.Exchange(ref counter, 0);
        Interlocked.Exchange(ref libraryShown, 0);
    }

    /// <summary>The chart's HTML; the first chart of a kernel session also carries plotly.js.</summary>
    public static string Render(GenericChart chart) =>
        Render(chart, withLibrary: Interlocked.Exchange(ref libraryShown, 1) == 0);

    /// <summary>The chart's HTML, with or without plotly.js in front of it.</summary>
    public static string Render(GenericChart chart, bool withLibrary)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string id = $"nabla-chart-{Interlocked.Increment(ref counter)}";
        // {"data":[...],"layout":{...},"config":{...}}, made safe to stand inside a <script> element.
        string figure = ScriptSafe(GenericChart.toJson(chart));
        string library = withLibrary ? "\n" + PlotlyLibrary.Script() : "";
        return $$"""
            <div id="{{id}}" class="nabla-plotly"></div>{{library}}
            <script type="text/javascript">
            (function () {
              var figure = {{figure}};
              // A chart drawn at a set width keeps it (the output scrolls sideways on a narrow screen) instead of
              // shrinking until its titles are clipped and its labels collide.
              var config = Object.assign({}, figure.config, figure.layout && figure.layout.width ? { responsive: false } : {});
              var draw = function () {
                document.querySelectorAll('div[id="{{id}}"]').forEach(function (div) {
                  if (!div.classList.contains('js-plotly-plot')) { Plotly.newPlot(div, figure.data, figure.layout, config); }
                });
              };
              if (window.Plotly) { draw(); return; }
              var waited = 0;
              var timer = setInterval(function () {
                if (window.Plotly) { clearInterval(timer); draw(); }
                else if ((waited += 100) >= 10000) {
                  clearInterval(timer);
                  document.getElementById('{{id}}').textContent =
                    'This chart needs plotly.js, which the first chart of the kernel session carries. Run the cells again from the top.';
                }
              }, 100);
            })();
            </script>
            """;
    }

    /// <summary>
    /// Makes JSON safe inside a script element: '&lt;' only occurs inside JSON strings, where \u003c means the same
    /// character, so "&lt;/script&gt;" in a trace name cannot end the script.
    /// </summary>
    internal static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
