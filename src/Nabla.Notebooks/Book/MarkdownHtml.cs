using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Nabla.Notebooks;

/// <summary>
/// Markdown cells to HTML with Markdig: pipe tables, strikethrough, task lists, auto links and
/// heading anchors (the GitHub-flavoured subset Jupyter also renders: no ^superscript^ or ~subscript~, so a
/// formula such as p^d (1 - p)^(1 - d) reads the same in the book as in the notebook). Math (<c>$...$</c>, <c>$$...$$</c>) stays as text, set in <c>&lt;code class="math"&gt;</c>,
/// because the book carries no math typesetting script.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers()
        .UseMathematics()
        .Build();

    /// <summary>Parses markdown with the book's pipeline.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders markdown text to HTML.</summary>
    public static string ToHtml(string markdown) => Render(Parse(markdown));

    /// <summary>Renders one parsed document or block (for instance a single list) to HTML.</summary>
    public static string Render(MarkdownObject node)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new MathInlineAsCode());
        renderer.ObjectRenderers.Replace<HtmlMathBlockRenderer>(new MathBlockAsCode());
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Writes inline math as code: <c>$x^2$</c> becomes <c>&lt;code class="math"&gt;x^2&lt;/code&gt;</c>.</summary>
    private sealed class MathInlineAsCode : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            renderer.Write("<code class=\"math\">");
            renderer.WriteEscape(obj.Content.ToString());
            renderer.Write("</code>");
        }
    }

    /// <summary>Writes a <c>$$</c> math block as preformatted code.</summary>
    private sealed class MathBlockAsCode : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<pre class=\"math\"><code>");
            renderer.WriteLeafRawLines(obj, true, true);
            renderer.WriteLine("</code></pre>");
        }
    }
}
