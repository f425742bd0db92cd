using System.Reflection;
using System.Runtime.Loader;
using Nabla.Interactive;

namespace Nabla.Plots.Tests;

/// <summary>The kit's kernel extension, piece by piece (the notebook tests run it inside the real kernel).</summary>
public sealed class KernelExtensionTests
{
    private static GenericChart Chart(string title) => Plot.Line([1.0, 2.0], [3.0, 4.0], title: title);

    [Fact]
    public void Chart_ids_count_up_and_plotly_js_comes_only_when_asked()
    {
        string a = ChartHtml.Render(Chart("a"), withLibrary: false);
        string b = ChartHtml.Render(Chart("b"), withLibrary: true);
        int idA = int.Parse(System.Text.RegularExpressions.Regex.Match(a, "nabla-chart-(\\d+)").Groups[1].Value);
        Assert.Contains($"<div id=\"nabla-chart-{idA + 1}\" class=\"nabla-plotly\"></div>", b);
        Assert.DoesNotContain(PlotlyLibrary.Marker, a);
        Assert.Contains($"<script type=\"text/javascript\" {PlotlyLibrary.Marker}=\"2.28.0\">(function (define, module, exports) {{", b);
        Assert.True(b.Length - a.Length > 3_000_000, "the library is plotly.js itself");
        // The drawing script draws into every undrawn div with its id, and waits for plotly.js if it is not there yet.
        Assert.Contains($"document.querySelectorAll('div[id=\"nabla-chart-{idA}\"]')", a);
        Assert.Contains("if (window.Plotly) { draw(); return; }", a);
        Assert.Contains("Run the cells again from the top.", a);
    }

    [Fact]
    public void Stripping_the_library_leaves_the_chart_as_it_would_be_without_it()
    {
        string with = ChartHtml.Render(Chart("same"), withLibrary: true);
        string without = ChartHtml.Render(Chart("same"), withLibrary: false);
        string id(string html) => System.Text.RegularExpressions.Regex.Match(html, "nabla-chart-\\d+").Value;
        Assert.Equal(without.Replace(id(without), "ID"), PlotlyLibrary.Strip(with).Replace("\n\n", "\n").Replace(id(with), "ID"));
        Assert.Equal(without, PlotlyLibrary.Strip(without));
    }

    [Fact]
    public void Figure_json_cannot_close_the_script_it_stands_in()
    {
        string html = ChartHtml.Render(Plot.Line([1.0], [2.0], name: "</script><b>\u2028"), withLibrary: false);
        Assert.Contains("\\u003c/script>\\u003cb>\\u2028", html);
        Assert.Equal(1, html.Split("</script>").Length - 1); // only the element's own end tag
    }

    [Fact]
    public void FSharp_Core_requests_get_the_loaded_FSharp_Core_and_nothing_else_is_answered()
    {
        var loaded = typeof(Microsoft.FSharp.Core.Unit).Assembly;
        var asked = new AssemblyName($"FSharp.Core, Version={loaded.GetName().Version!.Major}.99.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");
        Assert.Same(loaded, FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, asked));
        Assert.Null(FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, new AssemblyName("FSharp.Core, Version=99.0.0.0")));
        Assert.Null(FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, new AssemblyName("Plotly.NET, Version=6.0.0.0")));
    }
}
