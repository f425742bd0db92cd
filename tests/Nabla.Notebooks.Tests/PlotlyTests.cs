namespace Nabla.Notebooks.Tests;

/// <summary>Charts in a session on the real kernel, with the kit's extension loaded by a lesson's setup line.</summary>
[Collection(SessionCollection.Name)]
public sealed class PlotlyTests : SessionTestBase
{
    [Fact]
    public async Task The_setup_line_loads_the_extension_and_a_chart_draws_offline_with_plotly_js_once()
    {
        var setup = await Run("#r \"nuget: Nabla.Interactive, 0.9.0\"\nusing Nabla.Plots;");
        Assert.False(setup.Failed, setup.ErrorMessage);
        Assert.Contains(setup.Outputs, o => o.DisplayText.StartsWith("Loading extensions from", StringComparison.Ordinal)
                                           && o.DisplayText.Contains("nabla.interactive", StringComparison.Ordinal));

        var first = await Run("Plot.Line(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, name: \"</script><b>\", title: \"Loss\")");
        var second = await Run("Plot.Line(new[] { 1.0, 2.0 }, new[] { 5.0, 6.0 }, title: \"Again\")");

        Assert.False(first.Failed, first.ErrorMessage);
        string html = Assert.Single(first.Outputs).Data["text/html"];
        string again = Assert.Single(second.Outputs).Data["text/html"];
        Assert.Matches("""^<div id="nabla-chart-\d+" class="nabla-plotly"></div>""", html);
        Assert.Contains("Plotly.newPlot(div, figure.data", html);
        Assert.Contains("\"Loss\"", html);
        Assert.Contains("\\u003c/script>\\u003cb>", html); // a trace name cannot end the script
        // Only the first chart of a session carries plotly.js (3.6 MB), wrapped so that require.js cannot capture it.
        Assert.True(html.Length > 3_000_000, $"expected plotly.js in the first chart, found {html.Length} characters");
        Assert.Contains("data-nabla-plotly-js=\"2.28.0\">(function (define, module, exports) {", html);
        Assert.True(again.Length < 20_000, $"expected the second chart without plotly.js, found {again.Length} characters");
        Assert.DoesNotContain("data-nabla-plotly-js", again);
        // Nothing is fetched: no script src, no require.js path (plotly.js itself only mentions a CDN as a default).
        string outsideLibrary = Nabla.Interactive.PlotlyLibrary.Strip(html);
        foreach (var part in new[] { outsideLibrary, again })
        {
            Assert.DoesNotContain("src=", part);
            Assert.DoesNotContain("require", part);
            Assert.DoesNotContain("http", part);
        }
    }
}
