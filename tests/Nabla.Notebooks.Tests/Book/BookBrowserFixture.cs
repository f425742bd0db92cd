using Microsoft.Playwright;
using Nabla.Notebooks;
using static Nabla.Notebooks.Tests.Book.BookSamples;

namespace Nabla.Notebooks.Tests.Book;

/// <summary>
/// Runs notebook 00 with the real runner, renders it plus a synthetic two-chart lesson into a
/// temporary book, and starts the system's headless Chromium (never a downloaded browser).
/// </summary>
public sealed class BookBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SyntheticTitle = "01 · Synthetic charts — ± check";
    public const string Probe = "Probe: mean ± std — ∇f, naïve café, 2×3 ≤ 7.";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "nabla-book-browser-" + Guid.NewGuid().ToString("N")[..8]);

    public NotebookRunResult Lesson00 { get; private set; } = null!;

    public BookResult Book { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Expected the browser to be started by InitializeAsync, found none.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Expected Chromium at {ChromiumPath} for the book's browser tests, found nothing: run `apt-get install chromium`.");
        Lesson00 = await NotebookRunner.RunAsync(Path.Combine(RepositoryRoot, "notebooks", "00-getting-started.ipynb"));
        Book = BookRenderer.Render(
            [("00-getting-started.ipynb", Lesson00.Executed), ("01-synthetic-charts.ipynb", await SyntheticAsync())], Folder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The file:// address of a page of the book.</summary>
    public string Url(string page) => new Uri(Path.Combine(Folder, page)).AbsoluteUri;

    /// <summary>A lesson with two real charts, non-ASCII text, and a text output that tries to run a script.</summary>
    private static async Task<Notebook> SyntheticAsync()
    {
        using var session = new NotebookSession(Path.GetTempPath());
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Markdown($"# {SyntheticTitle}\n\n## Goals\n\n- Two charts on one page.\n\n{Probe}"));
        notebook.Cells.Add(Executed("Chart.Line(...)", 1, await RealChartAsync(session, "slope 1 — up", 1)));
        notebook.Cells.Add(Cell.Markdown("| a | b |\n|---|---|\n| ± | — |"));
        notebook.Cells.Add(Executed("Chart.Line(...)", 2, await RealChartAsync(session, "slope −2 ± noise", -2)));
        notebook.Cells.Add(Executed("\"<script>\"", 3, CellOutput.Result(3, "text/plain", "<script>window.__pwned = true;</script>")));
        return notebook;
    }
}
