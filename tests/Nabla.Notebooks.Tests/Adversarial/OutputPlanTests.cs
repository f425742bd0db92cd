namespace Nabla.Notebooks.Tests.Adversarial;

/// <summary>
/// Where executed copies go (issue 13, items 1 and 6): checked by real path before anything runs, so no source notebook
/// is ever written by `run` or `book`, and a bad output folder is reported at once rather than after every cell ran.
/// </summary>
public sealed class OutputPlanTests
{
    [Fact]
    public void A_copy_that_would_land_on_another_source_notebook_stops_the_run_before_anything_runs()
    {
        using var temp = new TempFolder();
        string a = Path.Combine(temp.Path, "a", "x.ipynb");
        string b = Path.Combine(temp.Path, "b", "x.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        File.Copy(temp.WriteNotebook("src-a.ipynb", "1"), a);
        File.Copy(temp.WriteNotebook("src-b.ipynb", "2"), b);
        byte[] beforeA = File.ReadAllBytes(a), beforeB = File.ReadAllBytes(b);

        var (code, stdout, stderr) = NablaCli.Run("run", a, b, "--out", Path.Combine(temp.Path, "b"));

        Assert.Equal(1, code);
        Assert.Contains($"nabla run: {a}: expected its executed copy to go somewhere other than a source notebook, found {b}, which is {b}", stderr);
        Assert.DoesNotContain("[1/2]", stderr); // nothing ran
        Assert.Equal(beforeA, File.ReadAllBytes(a));
        Assert.Equal(beforeB, File.ReadAllBytes(b));
        Assert.Empty(stdout);
    }

    [Fact]
    public void An_out_folder_that_is_a_link_to_the_source_folder_is_the_source_folder()
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("x.ipynb", "1");
        byte[] before = File.ReadAllBytes(notebook);
        string link = Path.Combine(temp.Path, "link");
        Directory.CreateSymbolicLink(link, temp.Path);

        var run = NablaCli.Run("run", notebook, "--out", link);
        var book = NablaCli.Run("book", notebook, "--out", Path.Combine(temp.Path, "..", "book-" + Guid.NewGuid().ToString("N")), "--executed", link);

        Assert.Equal(1, run.Code);
        Assert.Contains("expected its executed copy to go somewhere other than a source notebook", run.Err);
        Assert.Equal(1, book.Code);
        Assert.Contains($"expected an output folder outside the notebooks' folder {temp.Path}, found {link}", book.Err);
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void Two_notebooks_with_one_name_are_refused_up_front_and_an_out_that_is_a_file_too()
    {
        using var temp = new TempFolder();
        string a = Path.Combine(temp.Path, "a", "x.ipynb");
        string b = Path.Combine(temp.Path, "b", "x.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        File.Copy(temp.WriteNotebook("src.ipynb", "1"), a);
        File.Copy(a, b);
        string outDir = Path.Combine(temp.Path, "out");

        var clash = NablaCli.Run("run", a, b, "--out", outDir);
        Assert.Equal(1, clash.Code);
        Assert.Contains($"{b}: expected a copy name of its own, found {Path.Combine(outDir, "x.ipynb")}, which {a} is written to as well", clash.Err);
        Assert.False(Directory.Exists(outDir));

        string file = temp.Write("not-a-folder", "keep me");
        var notFolder = NablaCli.Run("run", a, "--out", file);
        Assert.Equal(1, notFolder.Code);
        Assert.Contains($"expected the output folder {file} to be a folder, found a file", notFolder.Err);
        Assert.DoesNotContain("[1/1]", notFolder.Err); // refused before the notebook ran
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void A_notebook_whose_page_would_replace_the_books_index_is_refused_before_anything_runs()
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("Index.ipynb", "1");
        string book = Path.Combine(temp.Path, "..", "book-" + Guid.NewGuid().ToString("N"));

        var (code, _, stderr) = NablaCli.Run("book", notebook, "--out", book, "--executed", Path.Combine(book, "executed"));

        Assert.Equal(1, code);
        Assert.Contains($"nabla book: expected notebook names other than index (its page would replace the book's index.html), found {notebook}", stderr);
        Assert.DoesNotContain("[1/1]", stderr);
        Assert.False(Directory.Exists(book));
    }

    [Fact]
    public void An_out_folder_nobody_may_write_to_is_reported_before_anything_runs()
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("x.ipynb", "1");
        string readOnly = "/proc/nabla-out"; // not even root may create files under /proc

        var (code, _, stderr) = NablaCli.Run("run", notebook, "--out", readOnly);

        Assert.Equal(1, code);
        Assert.Contains("nabla run: expected an output folder you can write to, found /proc/nabla-out, where /proc does not let you create files", stderr);
        Assert.DoesNotContain("[1/1]", stderr);
    }
}
