using Nabla.Cli;

namespace Nabla.Notebooks.Tests.Book;

/// <summary><c>nabla book</c> end to end, with small notebooks that need no engine.</summary>
public sealed class BookCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _out = new(), _err = new();

    public void Dispose() => _temp.Dispose();

    private Task<int> Book(params string[] paths) => BookCommand.ExecuteAsync(
        new BookCommand.BookSettings(paths, Path.Combine(_temp.Path, "out", "book"), Path.Combine(_temp.Path, "out", "executed")),
        _out, _err, CancellationToken.None);

    [Fact]
    public async Task A_failing_cell_gives_exit_code_2_and_the_book_still_shows_it()
    {
        string good = _temp.WriteNotebook("00-good.ipynb", "Console.WriteLine(\"fine ± ok\");");
        string bad = _temp.WriteNotebook("01-bad.ipynb", "Console.WriteLine(1);", "throw new InvalidOperationException(\"expected 7, got 8\");");
        int code = await Book(good, bad);
        Assert.True(code == 2, $"expected exit code 2, got {code}\n{_out}\n{_err}");
        string page = File.ReadAllText(Path.Combine(_temp.Path, "out", "book", "01-bad.html"));
        Assert.Contains("class=\"out error\"", page);
        Assert.Contains("expected 7, got 8", page);
        Assert.Contains("fine ± ok", File.ReadAllText(Path.Combine(_temp.Path, "out", "book", "00-good.html")));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "out", "executed", "01-bad.ipynb")), "the executed copy must be written");
        Assert.Contains($"Book: {Path.Combine(_temp.Path, "out", "book", "index.html")}", _out.ToString());
        Assert.Contains("KB", _out.ToString());
    }

    [Fact]
    public async Task Notebooks_that_run_cleanly_give_exit_code_0_and_leave_the_sources_untouched()
    {
        string path = _temp.WriteNotebook("00-good.ipynb", "1 + 1");
        string before = File.ReadAllText(path);
        Assert.Equal(0, await Book(path));
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal(["00-good.ipynb"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_missing_notebook_is_an_infrastructure_error()
    {
        Assert.Equal(1, await Book(Path.Combine(_temp.Path, "nope.ipynb")));
        Assert.Contains("nope.ipynb: expected a notebook file", _err.ToString());
    }

    [Fact]
    public async Task The_book_is_never_written_into_the_notebooks_folder()
    {
        string path = _temp.WriteNotebook("00-good.ipynb", "1");
        var settings = new BookCommand.BookSettings([path], _temp.Path, Path.Combine(_temp.Path, "..", Guid.NewGuid().ToString("N")));
        Assert.Equal(1, await BookCommand.ExecuteAsync(settings, _out, _err, CancellationToken.None));
        Assert.Contains("expected an output folder outside the notebooks' folder", _err.ToString());
        Assert.False(File.Exists(Path.Combine(_temp.Path, "index.html")));
    }
}
