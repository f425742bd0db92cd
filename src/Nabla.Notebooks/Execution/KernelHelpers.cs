using Microsoft.AspNetCore.Html;

namespace Nabla.Notebooks;

/// <summary>
/// Functions every notebook cell sees without a using (the session's submission 0 is
/// <c>using static Nabla.Notebooks.KernelHelpers;</c>), as in the .NET Interactive C# kernel.
/// </summary>
public static class KernelHelpers
{
    /// <summary>
    /// Shows <paramref name="value"/> as an output of the running cell and returns a handle whose
    /// <see cref="DisplayedValue.Update"/> replaces it. Without mime types a string is shown as
    /// text/plain and anything else as text/html.
    /// </summary>
#pragma warning disable IDE1006 // The kernel's name is lower case.
    public static DisplayedValue display(object? value, params string[] mimeTypes) =>
        DisplayedValue.Show(value, v => ValueFormatting.Format(v, mimeTypes));
#pragma warning restore IDE1006

    /// <summary>Wraps markup so that it is displayed as HTML rather than as text.</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content);
}
