namespace Nabla.Notebooks.Tests;

[Collection(SessionCollection.Name)]
public sealed class PlotlyTests : SessionTestBase
{
    [Fact]
    public async Task A_chart_is_text_html_drawing_with_the_pages_plotly_and_no_cdn()
    {
        var result = await Run("""
            #r "nuget: Plotly.NET, 6.0.0"
            #r "nuget: Plotly.NET.CSharp, 0.14.0"
            var chart = Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 1.0, 2.0 }, y: new[] { 3.0, 4.0 }, Name: "</script><b>");
            Plotly.NET.Chart.withTitle("Loss", null).Invoke(chart)
            """);
        var output = result.Outputs[^1];
        Assert.False(result.Failed, result.ErrorMessage);
        Assert.Equal(new[] { "text/html" }, output.Data.Keys);
        string html = output.Data["text/html"];
        Assert.Matches("""^<div id="(plotly-[0-9a-f]{10}-\d+)" class="nabla-plotly"></div>""", html);
        Assert.Contains("Plotly.newPlot('plotly-", html);
        Assert.Contains("\"Loss\"", html);
        Assert.Contains("\\u003c/script>\\u003cb>", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require", html);
        Assert.DoesNotContain("http", html);
    }

    [Fact]
    public void The_embedded_plotly_js_bundle_is_available()
    {
        string js = PlotlyJs.Load();
        Assert.Equal("plotly-2.28.0.min.js", PlotlyJs.FileName);
        Assert.True(js.Length > 3_000_000, $"expected the full minified bundle, found {js.Length} characters");
        Assert.Contains("2.28.0", js[..2000]);
    }
}
