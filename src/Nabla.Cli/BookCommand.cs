using System.CommandLine;
using System.Globalization;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// <c>nabla book</c>: executes the lessons (each in its own process), writes the executed copies,
/// and renders them as a static HTML book that works offline from file://.
/// </summary>
public static class BookCommand
{
    /// <summary>Creates the <c>book</c> command.</summary>
    public static Command Create()
    {
        var paths = CommonOptions.Notebooks(whenNone: "every notebooks/*.ipynb of the repository");
        var output = new Option<string?>("--out") { Description = "Folder for the book (default: artifacts/book under the repository root, else ./book)." };
        var executed = CommonOptions.ExecutedCopies("--executed");
        var timeout = CommonOptions.Timeout();
        var command = new Command("book", "Execute the lessons and render them as an offline HTML book (index, one page per lesson, charts).")
        {
            paths, output, executed, timeout,
        };
        command.SetAction((result, ct) =>
        {
            var io = result.InvocationConfiguration;
            var settings = new BookSettings(result.GetValue(paths) ?? [], result.GetValue(output), result.GetValue(executed), result.GetValue(timeout));
            return ExecuteAsync(settings, io.Output, io.Error, ct);
        });
        return command;
    }

    /// <summary>What <c>nabla book</c> was asked to do.</summary>
    /// <param name="Paths">Notebook files or folders; empty for the repository's notebooks/ folder.</param>
    /// <param name="BookFolder">Folder for the book; null for the default.</param>
    /// <param name="ExecutedFolder">Folder for the executed notebooks; null for the default.</param>
    /// <param name="TimeoutSeconds">Per-cell timeout.</param>
    public sealed record BookSettings(string[] Paths, string? BookFolder = null, string? ExecutedFolder = null, double TimeoutSeconds = 120);

    /// <summary>
    /// Runs the notebooks and renders the book; returns 0 (all ran and every number the text quotes is printed),
    /// 2 (some cell failed, or the text quotes a number no cell printed) or 1 (infrastructure error).
    /// </summary>
    public static async Task<int> ExecuteAsync(BookSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (OptionChecks.Timeout(settings.TimeoutSeconds) is { } bad)
            return Usage(stderr, bad);
        var report = new RunReport(stdout, stderr);
        var batch = new NotebookBatch("book", report, stderr);
        if (NotebookInputs.OrLessons(settings.Paths) is not { } paths)
            return Usage(stderr, "expected notebook paths or a repository (Nabla.slnx) above the current folder, found neither");
        var notebooks = NotebookInputs.Expand(paths, batch.Problem);
        string bookFolder = settings.BookFolder is { } b ? Path.GetFullPath(b) : DefaultFolder("book");
        string executedFolder = settings.ExecutedFolder is { } e ? Path.GetFullPath(e) : NotebookInputs.DefaultOutputFolder();
        foreach (var target in new[] { bookFolder, executedFolder })
        {
            if (IntoNotebooks(target, notebooks) is { } sourceFolder)
                return Usage(stderr, $"expected an output folder outside the notebooks' folder {sourceFolder}, found {target}");
        }

        // A notebook named index.ipynb would become index.html and replace the book's index: refuse it before anything runs.
        if (notebooks.FirstOrDefault(n => string.Equals(Path.GetFileNameWithoutExtension(n), "index", StringComparison.OrdinalIgnoreCase)) is { } index)
            return Usage(stderr, $"expected notebook names other than index (its page would replace the book's index.html), found {index}; rename it");

        // With no notebooks named, the repository's Korean edition (notebooks/ko) is built too, into book/ko.
        var korean = settings.Paths.Length == 0 && NotebookInputs.KoreanFolder() is { } koFolder
            ? NotebookInputs.Expand([koFolder], batch.Problem)
            : [];
        var isKorean = new HashSet<string>(korean, StringComparer.Ordinal);
        string Copy(string notebook) => NotebookInputs.ExecutedCopy(executedFolder, notebook);
        var all = notebooks.Concat(korean).ToList();
        if (!batch.Plan(all, Copy))
            return batch.ExitCode;

        var ran = await batch.RunAsync(all, Copy,
            new RunOptions(TimeSpan.FromSeconds(settings.TimeoutSeconds)), failFast: false, ct);
        var lessons = ran.Where(r => !isKorean.Contains(r.Notebook)).Select(r => (Path.GetFileName(r.Notebook), r.Result.Executed)).ToList();
        var koLessons = ran.Where(r => isKorean.Contains(r.Notebook)).Select(r => (Path.GetFileName(r.Notebook), r.Result.Executed)).ToList();
        if (lessons.Count == 0)
            return Usage(stderr, "expected at least one notebook that could be run, found none: no book was written");
        try
        {
            var english = new BookOptions();
            BookOptions? koreanOptions = null;
            if (koLessons.Count > 0)
            {
                static HashSet<string> Pages(IEnumerable<(string File, Notebook)> l) =>
                    [.. l.Select(x => Path.GetFileNameWithoutExtension(x.File) + ".html"), "index.html"];
                string glossary = Path.Combine(NotebookInputs.KoreanFolder()!, "glossary.md");
                english = english with { OtherEdition = new BookEdition("한국어", "ko", NotebookInputs.KoreanEdition + "/", Pages(koLessons)) };
                koreanOptions = new BookOptions(
                    Title: "Nabla (한국어)", Introduction: BookOptions.KoreanIntroduction, Text: BookText.Korean,
                    OtherEdition: new BookEdition("English", "en", "../", Pages(lessons)), AssetPrefix: "../",
                    GlossaryMarkdown: File.Exists(glossary) ? File.ReadAllText(glossary) : null);
            }
            var book = BookRenderer.Render(lessons, bookFolder, english);
            stdout.WriteLine();
            stdout.WriteLine($"Book: {book.IndexPath}");
            stdout.WriteLine($"      {book.Lessons.Count} lesson page(s), {book.Files.Count} files, {HtmlText.Size(book.TotalBytes)} in {bookFolder}");
            if (koreanOptions is not null)
            {
                var ko = BookRenderer.Render(koLessons, Path.Combine(bookFolder, NotebookInputs.KoreanEdition), koreanOptions);
                stdout.WriteLine($"      Korean edition: {ko.IndexPath}, {ko.Lessons.Count} lesson page(s)");
            }
        }
        catch (Exception x) when (x is ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Usage(stderr, $"could not write the book to {bookFolder}: {x.Message}");
        }
        var quotes = ran.Where(r => r.Result.Succeeded).SelectMany(r => QuotedNumbers.Check(r.Result.Executed, r.Notebook)).ToList();
        foreach (var problem in quotes)
            stdout.WriteLine(problem);
        if (quotes.Count > 0)
        {
            stdout.WriteLine($"{quotes.Count} number(s) in the text are not printed by any cell above them (see above).");
            return batch.ExitCode == ExitCodes.Success ? ExitCodes.Failures : batch.ExitCode;
        }
        return batch.ExitCode;
    }

    /// <summary>
    /// The folder that <paramref name="target"/> would write into and must not: a folder the notebooks
    /// come from, or the repository's notebooks/ folder or anything inside it. Null when the target is fine.
    /// </summary>
    private static string? IntoNotebooks(string target, IEnumerable<string> notebooks)
    {
        static string Normal(string path) => Path.TrimEndingDirectorySeparator(OutputPlan.RealPath(path));
        string full = Normal(target);
        var sources = notebooks.Select(n => Path.GetDirectoryName(Normal(n))!).Distinct(StringComparer.Ordinal);
        if (sources.FirstOrDefault(s => s == full) is { } same)
            return same;
        if (NotebookInputs.DefaultNotebookFolder() is { } lessons
            && (full == Normal(lessons) || full.StartsWith(Normal(lessons) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            return Normal(lessons);
        return null;
    }

    private static string DefaultFolder(string name) =>
        RepoRoot.Find() is { } root ? Path.Combine(root, "artifacts", name) : Path.GetFullPath(name);

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"nabla book: {message}");
        return ExitCodes.Usage;
    }
}
