using Nabla.Notebooks;
using static Nabla.Notebooks.Tests.Book.BookSamples;

namespace Nabla.Notebooks.Tests.Book;

public sealed class BookRendererTests
{
    private static IReadOnlyList<BookFile> Render(params (string, Notebook)[] notebooks) =>
        BookRenderer.RenderFiles(notebooks, Options);

    [Fact]
    public void Charset_meta_is_the_first_element_of_every_head()
    {
        var files = Render(("00-a.ipynb", Lesson("A", Executed("1", 1, FakeChart("c1")))));
        foreach (var page in files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            string head = Head(page.Content).TrimStart();
            Assert.StartsWith("<meta charset=\"utf-8\">", head);
            Assert.True(page.Content.IndexOf("<meta charset", StringComparison.Ordinal) < page.Content.IndexOf("<script", StringComparison.Ordinal) || !page.Content.Contains("<script", StringComparison.Ordinal),
                $"{page.RelativePath}: the charset must come before any script");
            Assert.StartsWith("<!DOCTYPE html>", page.Content);
        }
    }

    [Fact]
    public void Plotly_is_loaded_once_per_page_even_with_three_charts_and_written_once()
    {
        var files = Render(
            ("00-charts.ipynb", Lesson("Charts", Executed("a", 1, FakeChart("c1"), FakeChart("c2")), Executed("b", 2, FakeChart("c3")))),
            ("01-text.ipynb", Lesson("Text", Executed("c", 1, CellOutput.Stream("stdout", "hi\n")))));
        string charts = Page(files, "00-charts.html");
        Assert.Equal(1, Count(charts, "<script src=\"assets/plotly.min.js\"></script>"));
        Assert.Equal(3, Count(charts, "Plotly.newPlot("));
        Assert.True(Head(charts).Contains("assets/plotly.min.js", StringComparison.Ordinal), "plotly.js must load in the head, before the first chart");
        Assert.DoesNotContain("FAKE-PLOTLY-BUNDLE", charts);
        Assert.DoesNotContain("plotly.min.js", Page(files, "01-text.html"));
        Assert.DoesNotContain("plotly.min.js", Page(files, "index.html"));
        Assert.Equal(FakePlotlyJs, Page(files, "assets/plotly.min.js"));
        Assert.Single(files, f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_book_without_charts_writes_no_plotly_asset()
    {
        var files = Render(("00-a.ipynb", Lesson("A", Executed("1", 1, CellOutput.Stream("stdout", "1\n")))));
        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_pipe_tables_emphasis_and_math_are_rendered()
    {
        var lesson = Lesson("Tables", Cell.Markdown("| loss | formula |\n|---|---|\n| MSE | $(y - t)^2$ |\n\nSome **bold** and *italic* text."));
        string page = Page(Render(("00-t.ipynb", lesson)), "00-t.html");
        Assert.Contains("<table>", page);
        Assert.Contains("<th>loss</th>", page);
        Assert.Contains("<td>MSE</td>", page);
        Assert.Contains("<code class=\"math\">(y - t)^2</code>", page);
        Assert.Contains("<strong>bold</strong>", page);
        Assert.Contains("<em>italic</em>", page);
    }

    [Fact]
    public void Code_cells_are_highlighted_with_their_execution_count()
    {
        var lesson = Lesson("Code", Executed("#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar x = 42; // the answer\nstring s = \"<b>\";", 7));
        string page = Page(Render(("00-c.ipynb", lesson)), "00-c.html");
        Assert.Contains("<span class=\"tok-dir\">#r &quot;nuget: MathNet.Numerics, 5.0.0&quot;</span>", page);
        Assert.Contains("<span class=\"tok-kw\">var</span> x = <span class=\"tok-num\">42</span>;", page);
        Assert.Contains("<span class=\"tok-com\">// the answer</span>", page);
        Assert.Contains("<span class=\"tok-str\">&quot;&lt;b&gt;&quot;</span>", page);
        Assert.Contains("[7]", page);
    }

    [Fact]
    public void Errors_are_shown_in_a_red_box_and_flagged_on_the_page_and_the_index()
    {
        var lesson = Lesson("Broken",
            Executed("ok()", 1),
            Executed("fail()", 2, CellOutput.Error("Error", "(1,1): error CS0103: The name 'fail' does not exist <here>")));
        var files = Render(("00-broken.ipynb", lesson));
        string page = Page(files, "00-broken.html");
        Assert.Contains("<div class=\"out error\" role=\"alert\"><div class=\"ename\">Error</div>", page);
        Assert.Contains("error CS0103: The name &#39;fail&#39; does not exist &lt;here&gt;", page);
        Assert.Contains("<a href=\"#cell-3\">cell 3</a>", page);
        Assert.Contains("id=\"cell-3\"", page);
        Assert.Contains("✗ 1 failing cell", Page(files, "index.html"));
    }

    [Fact]
    public void Previous_and_next_links_follow_the_book_order()
    {
        var files = Render(("00-a.ipynb", Lesson("Alpha")), ("01-b.ipynb", Lesson("Beta")), ("02-c.ipynb", Lesson("Gamma")));
        string a = Page(files, "00-a.html"), b = Page(files, "01-b.html"), c = Page(files, "02-c.html");
        Assert.DoesNotContain("rel=\"prev\"", a);
        Assert.Contains("rel=\"next\" href=\"01-b.html\">Beta →", a);
        Assert.Contains("rel=\"prev\" href=\"00-a.html\">← Alpha", b);
        Assert.Contains("rel=\"next\" href=\"02-c.html\">Gamma →", b);
        Assert.Contains("rel=\"prev\" href=\"01-b.html\">← Beta", c);
        Assert.DoesNotContain("rel=\"next\"", c);
        foreach (var page in new[] { a, b, c })
            Assert.Equal(2, Count(page, "href=\"index.html\""));
    }

    [Fact]
    public void Text_outputs_are_escaped_so_a_script_in_them_never_runs()
    {
        var lesson = Lesson("Escape",
            Executed("\"<script>\"", 1, CellOutput.Result(1, "text/plain", "<script>alert('x')</script>")),
            Executed("Console.Write", 2, CellOutput.Stream("stdout", "<img src=x onerror=alert(1)>\n"), CellOutput.Stream("stderr", "warn & <b>\n")));
        string page = Page(Render(("00-e.ipynb", lesson)), "00-e.html");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("<pre class=\"out text\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</pre>", page);
        Assert.Contains("<pre class=\"out stream stderr\">warn &amp; &lt;b&gt;</pre>", page);
    }

    [Fact]
    public void Html_outputs_are_inserted_as_html_and_rich_types_win_over_plain_text()
    {
        var rich = CellOutput.Display("text/html", "<b>bold table</b>");
        rich.Data["text/plain"] = "plain fallback";
        string page = Page(Render(("00-h.ipynb", Lesson("Html", Executed("x", 1, rich)))), "00-h.html");
        Assert.Contains("<div class=\"out html\"><b>bold table</b></div>", page);
        Assert.DoesNotContain("plain fallback", page);
    }

    [Fact]
    public void The_index_lists_every_lesson_with_its_title_and_goals()
    {
        string index = Page(Render(("00-a.ipynb", Lesson("Alpha — first")), ("01-b.ipynb", Lesson("Beta ± second"))), "index.html");
        Assert.Contains("<a class=\"title\" href=\"00-a.html\">Alpha — first</a>", index);
        Assert.Contains("<a class=\"title\" href=\"01-b.html\">Beta ± second</a>", index);
        Assert.Equal(2, Count(index, "<li>Learn <em>one</em> thing.</li>"));
        Assert.Equal(2, Count(index, "✓ ran without errors"));
    }

    [Fact]
    public void Render_writes_the_files_atomically_and_reports_their_size()
    {
        string folder = Path.Combine(Path.GetTempPath(), "nabla-book-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var notebooks = new[] { ("00-a.ipynb", Lesson("A", Executed("1", 1, FakeChart("c")))) };
            var first = BookRenderer.Render(notebooks, folder, Options);
            var second = BookRenderer.Render(notebooks, folder, Options);
            Assert.Equal(Path.Combine(folder, "index.html"), second.IndexPath);
            Assert.Equal(3, second.Files.Count);
            Assert.Equal(second.Files.Sum(f => new FileInfo(f).Length), second.TotalBytes);
            Assert.Equal(first.TotalBytes, second.TotalBytes);
            Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
            Assert.True(second.AllSucceeded);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Two_notebooks_with_the_same_page_name_or_an_index_notebook_are_rejected()
    {
        var clash = Assert.Throws<ArgumentException>(() => Render(("a/00-x.ipynb", Lesson("1")), ("b/00-x.ipynb", Lesson("2"))));
        Assert.Contains("00-x.html", clash.Message);
        var index = Assert.Throws<ArgumentException>(() => Render(("index.ipynb", Lesson("1"))));
        Assert.Contains("index.html", index.Message);
        Assert.Throws<ArgumentException>(() => Render());
    }
}
