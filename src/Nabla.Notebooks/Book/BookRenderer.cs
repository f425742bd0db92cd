namespace Nabla.Notebooks;

/// <summary>A file of the book: its path relative to the book folder and its text.</summary>
/// <param name="RelativePath">For example <c>index.html</c> or <c>assets/plotly.min.js</c> ('/' separated).</param>
/// <param name="Content">The file's text (written as UTF-8 without a byte-order mark).</param>
public sealed record BookFile(string RelativePath, string Content);

/// <summary>
/// Turns executed notebooks into a static HTML book that works offline from file://: an
/// index.html, one page per lesson, and plotly.js written once as <c>assets/plotly.min.js</c>
/// (only when some lesson has a chart). Rendering depends on nothing but the notebooks given.
/// </summary>
/// <remarks>
/// plotly.js (about 3.6 MB) is a shared file referenced by relative path rather than inlined
/// per page: ten lessons would otherwise weigh ten times as much, and the browser caches the
/// one file across pages. Each page that shows charts loads it once, in its head, before the
/// first chart's script.
/// </remarks>
public static class BookRenderer
{
    /// <summary>Renders the book into <paramref name="outDir"/>, each file written atomically (temporary file, then rename).</summary>
    /// <param name="notebooks">Executed notebooks in book order, each with its file name (e.g. 00-getting-started.ipynb).</param>
    /// <param name="outDir">The book folder; created if missing. Files the book does not produce are left alone.</param>
    /// <param name="options">Title, introduction and plotly.js source; null for the defaults.</param>
    public static BookResult Render(IReadOnlyList<(string FileName, Notebook Executed)> notebooks, string outDir, BookOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var lessons = Lessons(notebooks);
        string root = Path.GetFullPath(outDir);
        var written = new List<string>();
        long total = 0;
        foreach (var file in RenderFiles(lessons, options ?? new BookOptions()))
        {
            string path = Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            total += AtomicFile.WriteAllText(path, file.Content);
            written.Add(path);
        }
        return new BookResult(Path.Combine(root, "index.html"), lessons, written, total);
    }

    /// <summary>The book's files in memory, without touching the disk.</summary>
    public static IReadOnlyList<BookFile> RenderFiles(IReadOnlyList<(string FileName, Notebook Executed)> notebooks, BookOptions? options = null) =>
        RenderFiles(Lessons(notebooks), options ?? new BookOptions());

    /// <summary>Makes the lessons, checking that no two notebooks would write the same page.</summary>
    /// <exception cref="ArgumentException">The list is empty, or two notebooks share a page name.</exception>
    public static IReadOnlyList<BookLesson> Lessons(IReadOnlyList<(string FileName, Notebook Executed)> notebooks)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        if (notebooks.Count == 0)
            throw new ArgumentException("Expected at least one executed notebook for the book, got none.", nameof(notebooks));
        var lessons = notebooks.Select(n => BookLesson.Create(n.FileName, n.Executed)).ToList();
        var clash = lessons.GroupBy(l => l.PageFile, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ArgumentException(
                $"Expected one notebook per page name, found {clash.Count()} notebooks for {clash.Key}: {string.Join(", ", clash.Select(l => l.FileName))}.",
                nameof(notebooks));
        return lessons;
    }

    private static List<BookFile> RenderFiles(IReadOnlyList<BookLesson> lessons, BookOptions options)
    {
        var files = new List<BookFile> { new("index.html", IndexPage.Render(lessons, options)) };
        for (int i = 0; i < lessons.Count; i++)
        {
            var previous = i > 0 ? lessons[i - 1] : null;
            var next = i + 1 < lessons.Count ? lessons[i + 1] : null;
            files.Add(new BookFile(lessons[i].PageFile, LessonPage.Render(lessons[i], previous, next, options)));
        }
        if (options.GlossaryMarkdown is not null)
            files.Add(new BookFile("glossary.html", IndexPage.Glossary(options)));
        if (lessons.Any(l => l.ChartCount > 0) && options.AssetPrefix.Length == 0)
            files.Add(new BookFile(PageShell.PlotlyAsset, options.PlotlyJs?.Invoke() ?? Nabla.Interactive.PlotlyLibrary.Source));
        return files;
    }
}
