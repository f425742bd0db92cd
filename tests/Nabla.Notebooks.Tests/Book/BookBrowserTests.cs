using Microsoft.Playwright;

namespace Nabla.Notebooks.Tests.Book;

/// <summary>Opens the rendered book from file:// in headless Chromium and checks what a reader would see.</summary>
// Its fixture runs a kernel session in this process (for the synthetic charts): one such session at a time.
[Collection(SessionCollection.Name)]
public sealed class BookBrowserTests(BookBrowserFixture book) : IClassFixture<BookBrowserFixture>
{
    private const string Title00 = "00 · Getting started: tensors, gradients and charts";

    [Fact]
    public void Notebook_00_runs_without_errors_in_well_under_a_minute()
    {
        Assert.True(book.Lesson00.Succeeded,
            "notebook 00 failed: " + string.Join("\n", book.Lesson00.Errors.Select(e => $"cell {e.CellNumber}: {e.Message}")));
        Assert.True(book.Lesson00.ElapsedSeconds < 60, $"notebook 00 took {book.Lesson00.ElapsedSeconds:0.0} s, expected under 60 s");
    }

    [Theory]
    [InlineData("index.html", 0)]
    [InlineData("00-getting-started.html", 1)]
    [InlineData("01-synthetic-charts.html", 2)]
    public async Task Every_chart_draws_its_svg_without_page_or_console_errors(string pageFile, int charts)
    {
        var (page, problems) = await OpenAsync(pageFile, 1200);
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.out.chart')].every(c => c.querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        Assert.Equal(charts, await page.Locator(".out.chart").CountAsync());
        Assert.Equal(charts, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.out.chart')].filter(c => c.querySelector('.main-svg')).length"));
        Assert.Equal(charts > 0 ? 1 : 0, await page.Locator("script[src='assets/plotly.min.js']").CountAsync());
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Non_ascii_text_reads_back_without_mojibake()
    {
        var (lesson, _) = await OpenAsync("00-getting-started.html", 1200);
        Assert.Equal("UTF-8", await lesson.EvaluateAsync<string>("() => document.characterSet"));
        Assert.Equal(Title00, (await lesson.Locator("h1").First.TextContentAsync())?.Trim());
        string text = await lesson.Locator("main").InnerTextAsync();
        Assert.Contains("Nabla (∇, the symbol for the gradient)", text);
        Assert.Contains("y = x² + 3x", text);

        var (synthetic, _) = await OpenAsync("01-synthetic-charts.html", 1200);
        Assert.Equal(BookBrowserFixture.Probe, (await synthetic.Locator("p", new() { HasText = "Probe:" }).TextContentAsync())?.Trim());
        Assert.Equal("—", (await synthetic.Locator("td").Nth(1).TextContentAsync())?.Trim());
        Assert.Contains("slope −2 ± noise", await synthetic.Locator(".out.chart").Nth(1).TextContentAsync());
    }

    [Fact]
    public async Task A_text_output_holding_a_script_is_shown_as_text_and_never_runs()
    {
        var (page, _) = await OpenAsync("01-synthetic-charts.html", 1200);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === true"));
        Assert.Contains("<script>window.__pwned = true;</script>", await page.Locator("pre.out.text").TextContentAsync());
    }

    [Fact]
    public async Task The_index_lists_the_lessons_and_the_navigation_links_them()
    {
        var (index, problems) = await OpenAsync("index.html", 1200);
        var titles = await index.Locator("ol.lessons > li > a.title").AllTextContentsAsync();
        Assert.Equal([Title00, BookBrowserFixture.SyntheticTitle], titles);
        Assert.Contains("Draw a function and its derivative on one chart.", await index.Locator("ol.lessons > li").First.InnerTextAsync());

        await index.Locator("ol.lessons > li > a.title").First.ClickAsync();
        Assert.EndsWith("/00-getting-started.html", index.Url);
        await index.Locator("nav.top a[rel=next]").ClickAsync();
        Assert.EndsWith("/01-synthetic-charts.html", index.Url);
        await index.Locator("nav.top a.index").ClickAsync();
        Assert.EndsWith("/index.html", index.Url);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("00-getting-started.html")]
    [InlineData("01-synthetic-charts.html")]
    public async Task Pages_fit_a_400px_window_and_charts_shrink_to_the_column_but_not_below_70_percent(string pageFile)
    {
        var (page, problems) = await OpenAsync(pageFile, 400);
        // Each chart is as wide as the column, but never narrower than 70% of its own width (its labels would
        // collide): then its box scrolls sideways and the page itself stays 400px wide.
        await page.WaitForFunctionAsync(
            """
            () => [...document.querySelectorAll('.out.chart')].every(c => {
              const plot = c.querySelector('.js-plotly-plot'), svg = c.querySelector('.main-svg');
              if (!plot || !svg || plot.dataset.nablaWidth === undefined) return false;
              const wanted = Number(plot.dataset.nablaWidth);
              const expected = Math.max(Math.min(wanted, c.clientWidth), Math.round(0.7 * wanted));
              return !wanted || Math.abs(svg.getBoundingClientRect().width - expected) <= 1;
            })
            """,
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        int pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 400, $"{pageFile} is {pageWidth}px wide in a 400px window: something does not wrap or scroll on its own");
        Assert.Empty(problems);
    }

    /// <summary>Opens a page of the book and collects console errors, page errors and failed requests.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string pageFile, int width)
    {
        var page = await book.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        await page.GotoAsync(book.Url(pageFile), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, problems);
    }
}
