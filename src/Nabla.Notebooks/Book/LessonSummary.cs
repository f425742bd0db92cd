using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nabla.Notebooks;

/// <summary>What the book's index says about a lesson: its title and its goals.</summary>
/// <param name="Title">The text of the first markdown heading (or the file name when there is none).</param>
/// <param name="Goals">The goals as plain text, one per bullet (empty when the notebook states none).</param>
/// <param name="GoalsHtml">The goals list rendered as HTML (<c>&lt;ul&gt;...&lt;/ul&gt;</c>), or "" when there are none.</param>
public sealed record LessonSummary(string Title, IReadOnlyList<string> Goals, string GoalsHtml)
{
    /// <summary>
    /// Reads the summary from the first markdown cell: the title is its first heading; the goals are
    /// the list that follows a heading or paragraph starting with "Goals" (e.g. <c>## Goals</c> or
    /// <c>**Goals**</c>), or else the first bullet list of that cell.
    /// </summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="fallbackTitle">The title to use when the notebook has no heading (e.g. the file name).</param>
    public static LessonSummary From(Notebook notebook, string fallbackTitle)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var markdown = notebook.Cells.Where(c => c.CellType == "markdown").Select(c => c.Source).ToList();
        var document = MarkdownHtml.Parse(markdown.FirstOrDefault() ?? "");
        string title = FirstHeading(markdown) ?? fallbackTitle;
        var goals = GoalsLists(document);
        if (goals.Count == 0)
            return new LessonSummary(title, [], "");
        var items = goals.SelectMany(g => g.List.OfType<ListItemBlock>()).Select(PlainText).ToList();
        string html = string.Concat(goals.Select(g => (g.Label is null ? "" : MarkdownHtml.Render(g.Label)) + MarkdownHtml.Render(g.List)));
        return new LessonSummary(title, items, html);
    }

    private static string? FirstHeading(IEnumerable<string> markdownCells) =>
        markdownCells
            .Select(source => MarkdownHtml.Parse(source).Descendants<HeadingBlock>().FirstOrDefault())
            .Where(h => h is not null)
            .Select(h => PlainText(h!).Trim())
            .FirstOrDefault(t => t.Length > 0);

    /// <summary>
    /// The goals: the list right after a "Goals" heading or paragraph; or, when a "Goals" heading is followed by
    /// labelled parts ("Part 1 (sections 1 to 4):" then a list, "Part 2 ..." then a list) up to the next heading, every
    /// such list with its label; or else the first list of the cell.
    /// </summary>
    private static List<(ParagraphBlock? Label, ListBlock List)> GoalsLists(MarkdownDocument document)
    {
        var blocks = document.ToList();
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i] is not (HeadingBlock or ParagraphBlock)
                || !PlainText(blocks[i]).TrimStart().StartsWith("Goal", StringComparison.OrdinalIgnoreCase))
                continue;
            if (blocks[i + 1] is ListBlock list)
                return [(null, list)];
            if (blocks[i] is not HeadingBlock)
                continue;
            var parts = new List<(ParagraphBlock?, ListBlock)>();
            for (int j = i + 1; j < blocks.Count && blocks[j] is not HeadingBlock; j++)
            {
                if (blocks[j] is ListBlock part)
                    parts.Add((blocks[j - 1] as ParagraphBlock, part));
            }
            if (parts.Count > 0)
                return parts;
        }
        return document.Descendants<ListBlock>().FirstOrDefault() is { } first ? [(null, first)] : [];
    }

    /// <summary>The plain text of a block and its inlines: literals, code and math, with soft breaks as spaces.</summary>
    private static string PlainText(Block block)
    {
        var sb = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>().Prepend(block as LeafBlock).OfType<LeafBlock>())
        {
            if (leaf.Inline is null)
                continue;
            if (sb.Length > 0)
                sb.Append(' ');
            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                    case CodeInline code: sb.Append(code.Content); break;
                    case MathInline math: sb.Append(math.Content.ToString()); break;
                    case LineBreakInline: sb.Append(' '); break;
                }
            }
        }
        return sb.ToString().Trim();
    }
}
