using System.Text.RegularExpressions;

namespace Nabla.Notebooks.Tests.RealKernel;

/// <summary>
/// What a reader sees of one code cell's outputs, for comparing the runner's executed copy with the real kernel's:
/// stream text, text/plain values, the first line of each error (with a restore's temporary project path left out), and
/// how many charts and other HTML outputs.
/// Chart HTML differs in ids and in which chart carries plotly.js, so only charts are counted.
/// </summary>
public sealed partial record OutputSummary(string Stdout, string Stderr, string Plain, string Errors, int Charts, int OtherHtml)
{
    /// <summary>
    /// Marks the dotnet-interactive app's own script for its browser front end, which its Jupyter kernel adds to the
    /// first cell's outputs (it is not part of what a notebook computes).
    /// </summary>
    public const string FrontEndBootstrap = "dotnet-interactive-this-cell";

    /// <summary>The summary of <paramref name="cell"/>'s outputs.</summary>
    public static OutputSummary Of(Cell cell)
    {
        var outputs = cell.Outputs.Where(o => !(o.Data.TryGetValue("text/html", out var h) && h.Contains(FrontEndBootstrap, StringComparison.Ordinal))).ToList();
        string Stream(string name) => string.Concat(outputs.Where(o => o.StreamName == name).Select(o => o.Text));
        return new OutputSummary(
            Stream("stdout"),
            Stream("stderr"),
            string.Join("\n---\n", outputs.Where(o => o.Data.ContainsKey("text/plain")).Select(o => o.Data["text/plain"])),
            string.Join("\n---\n", outputs.Where(o => o.IsError).Select(o => RestoreProject().Replace((o.ErrorValue ?? "").Split('\n')[0], "/Projects/…/"))),
            outputs.Count(OutputHtml.IsChart),
            outputs.Count(o => o.Data.ContainsKey("text/html") && !OutputHtml.IsChart(o)));
    }

    /// <summary>The throwaway project a package restore uses, named by process id and a GUID.</summary>
    [GeneratedRegex(@"/Projects/\d+--[0-9a-f-]+/")]
    private static partial Regex RestoreProject();
}
