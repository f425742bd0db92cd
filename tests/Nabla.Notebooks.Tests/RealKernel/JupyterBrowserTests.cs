using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Nabla.Notebooks.Tests.Book;
using Xunit.Abstractions;

namespace Nabla.Notebooks.Tests.RealKernel;

/// <summary>
/// A learner's view: Debian's Jupyter Notebook server on loopback with the real C# kernel, a lesson opened in
/// headless Chromium and run with "Run All", every request that leaves this machine blocked. Each chart must draw
/// (plotly.js comes with the first chart, not from a CDN). A screenshot of the page is kept under artifacts/.
/// </summary>
public sealed class JupyterBrowserTests(ITestOutputHelper log)
{
    private const string Lesson = "01-neural-networks-as-functions.ipynb";

    [Fact]
    public async Task A_lesson_run_in_jupyter_draws_every_chart_offline()
    {
        if (!File.Exists(BookBrowserFixture.ChromiumPath))
            throw new InvalidOperationException($"Expected Chromium at {BookBrowserFixture.ChromiumPath}, found nothing: run `apt-get install chromium`.");
        string server = "/usr/bin/jupyter-notebook";
        if (!File.Exists(server))
            throw new InvalidOperationException($"Expected Jupyter Notebook at {server}, found nothing: run `apt-get install jupyter-notebook`.");

        // A copy under artifacts/ (inside the repository, so the lessons still find data/): Jupyter autosaves.
        string root = Path.Combine(TestRepo.Root, "artifacts", "real-kernel", "browser");
        string notebooks = Path.Combine(root, "notebooks");
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(notebooks);
        File.Copy(Path.Combine(TestRepo.Root, "notebooks", Lesson), Path.Combine(notebooks, Lesson));
        int expectedCharts = (await LessonRuns.RunnerAsync(Lesson)).Executed.Cells.Sum(c => c.Outputs.Count(OutputHtml.IsChart));

        int port = FreePort();
        string token = Guid.NewGuid().ToString("N");
        var info = new ProcessStartInfo(server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = notebooks,
        };
        foreach (var arg in new[] { "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0", $"--NotebookApp.token={token}", $"--notebook-dir={notebooks}" })
            info.ArgumentList.Add(arg);
        info.Environment["JUPYTER_PATH"] = RealKernel.JupyterPath;
        info.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(root, "runtime");
        info.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(root, "config");
        using var jupyter = Process.Start(info)!;
        jupyter.OutputDataReceived += (_, _) => { };
        jupyter.ErrorDataReceived += (_, _) => { };
        jupyter.BeginOutputReadLine();
        jupyter.BeginErrorReadLine();
        try
        {
            await WaitForServerAsync(port);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BookBrowserFixture.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var blocked = new List<string>();
            await page.RouteAsync("**/*", async route =>
            {
                var host = new Uri(route.Request.Url).Host;
                if (route.Request.Url.StartsWith("data:", StringComparison.Ordinal) || host is "127.0.0.1" or "localhost")
                {
                    await route.ContinueAsync();
                    return;
                }

                lock (blocked)
                    blocked.Add(route.Request.Url);
                await route.AbortAsync();
            });

            await page.GotoAsync($"http://127.0.0.1:{port}/notebooks/{Lesson}?token={token}");
            await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
                null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            await page.EvaluateAsync("() => Jupyter.notebook.execute_all_cells()");
            await page.WaitForFunctionAsync(
                "() => Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' || (c.input_prompt_number !== null && c.input_prompt_number !== '*' && c.input_prompt_number !== undefined))",
                null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 500 });
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('.output_area .js-plotly-plot .main-svg').length >= {expectedCharts}",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });

            int drawn = await page.EvaluateAsync<int>("() => document.querySelectorAll('.output_area div.js-plotly-plot').length");
            int errors = await page.EvaluateAsync<int>("() => document.querySelectorAll('.output_area .output_error').length");
            string screenshots = Path.Combine(TestRepo.Root, "artifacts", "real-kernel", "screenshots");
            Directory.CreateDirectory(screenshots);
            // Jupyter scrolls inside its own panel, so a full-page shot shows one screen: keep the page at the first chart,
            // and each chart on its own.
            var charts = page.Locator(".output_area div.js-plotly-plot");
            await charts.First.ScrollIntoViewIfNeededAsync();
            string shot = Path.Combine(screenshots, Path.ChangeExtension(Lesson, ".png"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            for (int i = 0; i < drawn; i++)
                await charts.Nth(i).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, $"{Path.GetFileNameWithoutExtension(Lesson)}-chart-{i + 1}.png") });
            log.WriteLine($"screenshots: {screenshots}; blocked: {string.Join(", ", blocked.Distinct())}");

            Assert.Equal(0, errors);
            Assert.Equal(expectedCharts, drawn);
            Assert.Equal("object", await page.EvaluateAsync<string>("() => typeof window.Plotly"));
        }
        finally
        {
            jupyter.Kill(entireProcessTree: true);
            await jupyter.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForServerAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await http.GetAsync($"http://127.0.0.1:{port}/api");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"Expected Jupyter Notebook to answer on 127.0.0.1:{port} within 60 s, found no answer.");
    }
}
