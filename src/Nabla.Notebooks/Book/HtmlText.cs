using System.Text;
using System.Text.RegularExpressions;

namespace Nabla.Notebooks;

/// <summary>HTML escaping helpers for the book pages.</summary>
public static partial class HtmlText
{
    /// <summary>
    /// Escapes text for an HTML element's content or a double-quoted attribute value:
    /// <c>&amp; &lt; &gt; &quot; &#39;</c> become entities, so that a text output holding
    /// <c>&lt;script&gt;</c> shows as text and never runs.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes one file name for a relative link (<c>href</c>), e.g. spaces become %20.</summary>
    public static string Href(string fileName) =>
        Escape(string.Join('/', fileName.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>Removes ANSI terminal colour codes (some kernels put them in tracebacks).</summary>
    public static string StripAnsi(string text) => AnsiPattern().Replace(text, "");

    /// <summary>The number of bytes as a short human text: "812 B", "3.6 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };

    /// <summary>UTF-8 without a byte-order mark: the encoding of every page the book writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiPattern();
}
