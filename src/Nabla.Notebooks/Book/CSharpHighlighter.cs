using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// Colours C# cell source as HTML: each token becomes escaped text, wrapped in a
/// <c>&lt;span class="tok-..."&gt;</c> unless it is plain. No JavaScript is involved;
/// the colours come from the page's CSS (classes tok-kw, tok-str, tok-num, tok-com, tok-dir).
/// </summary>
public static class CSharpHighlighter
{
    /// <summary>The source as highlighted, HTML-escaped markup (to go inside <c>&lt;pre&gt;&lt;code&gt;</c>).</summary>
    public static string ToHtml(string source)
    {
        var sb = new StringBuilder(source.Length * 2);
        foreach (var token in CSharpTokenizer.Tokenize(source))
        {
            string? css = CssClass(token.Kind);
            if (css is null)
            {
                sb.Append(HtmlText.Escape(token.Text));
                continue;
            }
            sb.Append("<span class=\"").Append(css).Append("\">")
              .Append(HtmlText.Escape(token.Text))
              .Append("</span>");
        }
        return sb.ToString();
    }

    /// <summary>The CSS class of a token kind; null for plain text.</summary>
    public static string? CssClass(CSharpTokenKind kind) => kind switch
    {
        CSharpTokenKind.Keyword => "tok-kw",
        CSharpTokenKind.String => "tok-str",
        CSharpTokenKind.Number => "tok-num",
        CSharpTokenKind.Comment => "tok-com",
        CSharpTokenKind.Directive => "tok-dir",
        _ => null,
    };
}
