using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nabla.Notebooks;

/// <summary>
/// The kit writes formulas one way: plain Unicode, the same as its code comments (a[l], W[3]ᵀ, δ[2],
/// σ′(z), x², nₗ). That reads the same in the notebook source, in Jupyter and in the offline book, which
/// has no math typesetting. HTML <c>&lt;sup&gt;</c>/<c>&lt;sub&gt;</c> tags (unreadable in the source) and
/// LaTeX <c>$...$</c> (raw text in the book) are flagged.
/// </summary>
public static partial class Notation
{
    /// <summary>The first piece of non-plain formula markup in a markdown cell, or null when there is none.</summary>
    public static string? NotPlain(string markdown)
    {
        var document = MarkdownHtml.Parse(markdown);
        foreach (var html in document.Descendants<HtmlInline>())
        {
            if (SubOrSup().IsMatch(html.Tag))
                return $"the HTML tag {html.Tag}";
        }
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var match = SubOrSup().Match(block.Lines.ToString());
            if (match.Success)
                return $"the HTML tag {match.Value}";
        }
        if (document.Descendants<MathInline>().FirstOrDefault() is { } inline)
            return $"LaTeX math ${inline.Content}$";
        if (document.Descendants<MathBlock>().Any())
            return "a LaTeX $$ block";
        return null;
    }

    [GeneratedRegex(@"</?su[bp]\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SubOrSup();
}
