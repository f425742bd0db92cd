using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nabla.Interactive;

/// <summary>Shows a chart in the running cell and hands back a way to replace it there (for <see cref="Nabla.Plots.LiveChart"/>).</summary>
/// <remarks>
/// The kernel's <c>display(x).Update(y)</c> loses its updates in Jupyter (1.0.712001): the handle it returns has
/// a different display id from the output it published. <c>KernelInvocationContext.Display</c> returns the value it
/// published, so its updates reach the same output, as long as the cell is still running.
/// </remarks>
internal static class KernelDisplay
{
    /// <summary>Displays <paramref name="first"/> in the running cell; the returned action replaces it with a new chart.</summary>
    /// <exception cref="InvalidOperationException">No cell is running (the chart would have nowhere to go).</exception>
    public static Action<GenericChart> ShowUpdatable(GenericChart first)
    {
        var context = KernelInvocationContext.Current
            ?? throw new InvalidOperationException("LiveChart.Show draws into the running notebook cell, but no cell is running.");
        string html = ChartHtml.Render(first);
        // A redraw must carry plotly.js again if the first drawing did: it replaces that output in the saved notebook.
        bool withLibrary = html.Contains(PlotlyLibrary.Marker, StringComparison.Ordinal);
        var shown = context.Display(new HtmlString(html), HtmlFormatter.MimeType);
        return chart => shown.Update(new HtmlString(ChartHtml.Render(chart, withLibrary)));
    }
}
