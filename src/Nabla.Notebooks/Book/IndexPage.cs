using System.Text;

namespace Nabla.Notebooks;

/// <summary>The book's index: the introduction and every lesson with its goals, its estimated study time and whether it ran cleanly.</summary>
public static class IndexPage
{
    /// <summary>The index page's HTML.</summary>
    public static string Render(IReadOnlyList<BookLesson> lessons, BookOptions options)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(options);
        var words = options.Words;
        var body = new StringBuilder();
        if (options.OtherEdition is not null || options.GlossaryMarkdown is not null)
        {
            body.Append("<nav class=\"lesson-nav top\" aria-label=\"Editions\">");
            if (options.OtherEdition is { } other)
                body.Append(LessonPage.EditionLink(other, "index.html"));
            if (options.GlossaryMarkdown is not null)
                body.Append("<a class=\"glossary\" href=\"glossary.html\">").Append(HtmlText.Escape(words.Glossary)).Append("</a>");
            body.Append("</nav>\n");
        }
        body.Append("<main>\n");
        body.Append("<h1>").Append(HtmlText.Escape(options.Title)).Append("</h1>\n");
        body.Append(MarkdownHtml.ToHtml(options.Introduction));
        body.Append("<h2>").Append(HtmlText.Escape(words.Lessons)).Append("</h2>\n<ol class=\"lessons\">\n");
        foreach (var lesson in lessons)
        {
            body.Append("<li><a class=\"title\" href=\"").Append(HtmlText.Href(lesson.PageFile)).Append("\">")
                .Append(HtmlText.Escape(lesson.Summary.Title)).Append("</a> ")
                .Append(Status(lesson, words)).Append('\n')
                .Append("<div class=\"study\">").Append(HtmlText.Escape(words.StudyTimeLabel + words.Study(lesson.Study))).Append("</div>\n");
            body.Append(lesson.Summary.GoalsHtml);
            body.Append("</li>\n");
        }
        body.Append("</ol>\n</main>\n");
        int charts = lessons.Sum(l => l.ChartCount);
        body.Append("<footer>").Append(words.Footer(lessons.Count, charts)).Append("</footer>\n");
        return PageShell.Page(options.Title, body.ToString(), withPlotly: false, words.Language, options.AssetPrefix);
    }

    /// <summary>The glossary page: the markdown (usually one table) with a link back to the index.</summary>
    public static string Glossary(BookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var words = options.Words;
        var body = new StringBuilder("<nav class=\"lesson-nav top\" aria-label=\"Lessons\"><a class=\"index\" href=\"index.html\">")
            .Append(HtmlText.Escape(words.AllLessons)).Append("</a></nav>\n<main>\n")
            .Append(MarkdownHtml.ToHtml(options.GlossaryMarkdown ?? "")).Append("</main>\n");
        return PageShell.Page($"{words.Glossary} · {options.Title}", body.ToString(), withPlotly: false, words.Language, options.AssetPrefix);
    }

    private static string Status(BookLesson lesson, BookText words) => lesson.Succeeded
        ? $"<span class=\"status ok\">{HtmlText.Escape(words.RanClean)}</span>"
        : $"<span class=\"status failed\">{HtmlText.Escape(words.Failing(lesson.FailedCells.Count))}</span>";
}
