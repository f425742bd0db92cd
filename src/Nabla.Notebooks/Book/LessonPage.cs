using System.Text;

namespace Nabla.Notebooks;

/// <summary>One lesson's page: navigation, the cells in order (markdown rendered, code highlighted, every output), navigation again.</summary>
public static class LessonPage
{
    /// <summary>The page's HTML.</summary>
    /// <param name="lesson">The lesson to render.</param>
    /// <param name="previous">The lesson before it, or null for the first.</param>
    /// <param name="next">The lesson after it, or null for the last.</param>
    /// <param name="options">The book's title, language and other edition.</param>
    public static string Render(BookLesson lesson, BookLesson? previous, BookLesson? next, BookOptions options)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(options);
        var body = new StringBuilder();
        body.Append(Navigation(lesson, previous, next, "top", options));
        body.Append("<main>\n");
        if (!lesson.Succeeded)
            body.Append(FailureBanner(lesson));
        var cells = lesson.Executed.Cells;
        for (int i = 0; i < cells.Count; i++)
            body.Append(Cell(cells[i], i + 1));
        body.Append("</main>\n");
        body.Append(Navigation(lesson, previous, next, "bottom", options));
        body.Append("<footer>").Append(HtmlText.Escape(options.Words.ExecutedFrom)).Append(" <code>").Append(HtmlText.Escape(lesson.FileName)).Append("</code>.</footer>\n");
        return PageShell.Page($"{lesson.Summary.Title} · {options.Title}", body.ToString(), lesson.ChartCount > 0, options.Words.Language, options.AssetPrefix);
    }

    /// <summary>The navigation bar: back to the index, previous and next lesson, and the same lesson in the other edition.</summary>
    public static string Navigation(BookLesson lesson, BookLesson? previous, BookLesson? next, string position, BookOptions options)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder($"<nav class=\"lesson-nav {position}\" aria-label=\"Lessons\">");
        sb.Append("<a class=\"index\" href=\"index.html\">").Append(HtmlText.Escape(options.Words.AllLessons)).Append("</a>");
        if (options.OtherEdition is { } other && other.Pages.Contains(lesson.PageFile))
            sb.Append(EditionLink(other, lesson.PageFile));
        if (previous is not null)
            sb.Append(Link("prev", "rel=\"prev\"", previous, "← "));
        if (next is not null)
            sb.Append(Link("next", "rel=\"next\"", next, "", " →"));
        return sb.Append("</nav>\n").ToString();
    }

    /// <summary>A link to <paramref name="page"/> in the other edition, labelled in its own language.</summary>
    public static string EditionLink(BookEdition other, string page)
    {
        ArgumentNullException.ThrowIfNull(other);
        string language = HtmlText.Escape(other.Language);
        return $"<a class=\"edition\" hreflang=\"{language}\" lang=\"{language}\" href=\"{HtmlText.Href(other.HrefPrefix + page)}\">{HtmlText.Escape(other.Label)}</a>";
    }

    private static string Link(string css, string rel, BookLesson target, string before, string after = "") =>
        $"<a class=\"{css}\" {rel} href=\"{HtmlText.Href(target.PageFile)}\">{before}{HtmlText.Escape(target.Summary.Title)}{after}</a>";

    private static string FailureBanner(BookLesson lesson)
    {
        var links = lesson.FailedCells.Select(n => $"<a href=\"#cell-{n}\">cell {n}</a>");
        string count = lesson.FailedCells.Count == 1 ? "1 cell" : $"{lesson.FailedCells.Count} cells";
        return $"<div class=\"banner failed\" role=\"alert\">This lesson ran with errors: {count} failed ({string.Join(", ", links)}).</div>\n";
    }

    private static string Cell(Cell cell, int number)
    {
        switch (cell.CellType)
        {
            case "markdown":
                return $"<section class=\"cell markdown\" id=\"cell-{number}\">\n{MarkdownHtml.ToHtml(cell.Source)}</section>\n";
            case "raw":
                return $"<section class=\"cell raw\" id=\"cell-{number}\"><pre>{HtmlText.Escape(cell.Source)}</pre></section>\n";
        }
        var sb = new StringBuilder($"<section class=\"cell code\" id=\"cell-{number}\">\n");
        string count = cell.ExecutionCount is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        sb.Append("<div class=\"count\" aria-hidden=\"true\">[").Append(count).Append("]</div>\n");
        sb.Append("<pre class=\"src\"><code class=\"language-csharp\">")
          .Append(CSharpHighlighter.ToHtml(cell.Source.TrimEnd()))
          .Append("</code></pre>\n");
        foreach (var output in cell.Outputs)
            sb.Append(OutputHtml.Render(output)).Append('\n');
        return sb.Append("</section>\n").ToString();
    }
}
