using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Nabla.Plots;

namespace Nabla.Interactive;

/// <summary>
/// The kit's kernel extension. A lesson's setup cell says <c>#r "nuget: Nabla.Interactive, ..."</c>; when that
/// cell finishes, the kernel finds this class in the package's <c>interactive-extensions/dotnet</c> folder, creates
/// it and calls <see cref="OnLoadAsync"/>. From the next cell on, charts are shown offline, graph drawings as
/// pictures, and <see cref="LiveChart.Show"/> redraws its chart in place.
/// </summary>
/// <remarks>
/// The kit's own runner (<c>nabla run</c>, the book) hosts the same kernel library and loads this extension the
/// same way, so a lesson looks the same in Jupyter, VS Code and the book.
/// </remarks>
public sealed class KitExtension : IKernelExtension
{
    /// <summary>Binds FSharp.Core, then registers the formatters and the live-chart display.</summary>
    /// <param name="kernel">The kernel that loaded the extension (the notebook's composite kernel).</param>
    public Task OnLoadAsync(Kernel kernel)
    {
        // First, before any code of this extension mentions a Plotly.NET type: see FSharpCoreBinding.
        FSharpCoreBinding.Install();
        Register();
        return Task.CompletedTask;
    }

    // Not inlined, so that compiling OnLoadAsync never needs Plotly.NET's types before the binding is in place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Register()
    {
        ChartHtml.StartSession();
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml.Render(chart)), HtmlFormatter.MimeType);
        Formatter.Register<HtmlDrawing>((drawing, writer) => writer.Write(drawing.ToHtml()), HtmlFormatter.MimeType);
        LiveChart.Display = KernelDisplay.ShowUpdatable;
    }
}
