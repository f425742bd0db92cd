using Nabla.Notebooks;

namespace System;

/// <summary>
/// The kernel's display extension methods, in namespace System so that every cell sees them:
/// <c>x.Display()</c>, <c>"...".DisplayAs("text/markdown")</c>, <c>rows.DisplayTable()</c>.
/// </summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value in the running cell (string as text/plain, others as text/html unless mime types are given).</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        KernelHelpers.display(value, mimeTypes);

    /// <summary>Shows the string as-is under the given mime type (e.g. text/html, text/markdown).</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) =>
        DisplayedValue.Show(value, v => new Dictionary<string, string>(StringComparer.Ordinal) { [mimeType] = v?.ToString() ?? "" });

    /// <summary>Shows a sequence as an HTML table, one row per element and one column per public property.</summary>
    public static DisplayedValue DisplayTable<T>(this IEnumerable<T> rows) =>
        DisplayedValue.Show(rows, v => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["text/html"] = HtmlTable.Render((IEnumerable<T>)v!),
        });
}
