namespace Nabla.Notebooks.Tests;

/// <summary>`nabla run`, called in process (each notebook still gets its own worker process).</summary>
public sealed class CliRunTests
{
    [Fact]
    public void A_failing_notebook_is_reported_with_cell_number_and_message_and_exit_code_2()
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy("failing.ipynb");
        byte[] before = File.ReadAllBytes(notebook);
        string outDir = Path.Combine(temp.Path, "out");

        var (code, stdout, stderr) = NablaCli.Run("run", notebook, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains("failing.ipynb: cell 3 failed: foo();", stdout);
        Assert.Contains("    (1,1): error CS0103: The name 'foo' does not exist in the current context", stdout);
        Assert.Matches(@"failing\.ipynb\s+3\s+1\s+\d+\.\d\s+\d+\.\d\d", stdout);
        Assert.Contains("cell 4 ok", stderr);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        var executed = Notebook.Load(Path.Combine(outDir, "failing.ipynb"));
        Assert.Contains("<pre>2</pre>", executed.Cells[3].Outputs[0].Data["text/html"]); // run-all continued
        Nbformat.AssertValid(Path.Combine(outDir, "failing.ipynb"));
    }

    [Fact]
    public void Fail_fast_stops_at_the_first_failing_cell()
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy("failing.ipynb");
        var (code, stdout, _) = NablaCli.Run("run", notebook, "--out", Path.Combine(temp.Path, "out"), "--fail-fast");
        Assert.Equal(2, code);
        Assert.Contains("failing.ipynb: cell 3 failed: foo();", stdout);
        Assert.Contains("failing.ipynb: cells not run: 4", stdout);
    }

    [Theory]
    [InlineData("malformed/bad-json.ipynb", "expected JSON, found a syntax error")]
    [InlineData("malformed/nbformat3.ipynb", "expected nbformat 4, found 3")]
    [InlineData("malformed/missing-cells.ipynb", "expected a \"cells\" array, found none")]
    [InlineData("malformed/cell-without-source.ipynb", "cell 2: expected a \"source\"")]
    public void Malformed_notebooks_exit_1_with_a_clear_message_and_stay_untouched(string file, string problem)
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy(file);
        byte[] before = File.ReadAllBytes(notebook);
        string outDir = Path.Combine(temp.Path, "out");

        var (code, _, stderr) = NablaCli.Run("run", notebook, "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains($"nabla run: {notebook}: {problem}", stderr);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void A_non_csharp_cell_fails_clearly_and_the_rest_still_runs()
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy("non-csharp.ipynb");
        byte[] before = File.ReadAllBytes(notebook);
        var (code, stdout, _) = NablaCli.Run("run", notebook, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, code);
        Assert.Contains("non-csharp.ipynb: cell 2 failed: let x = 1", stdout);
        Assert.Contains("The cell's language is 'fsharp'; the Nabla runner supports only C# (csharp) cells.", stdout);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        var executed = Notebook.Load(Path.Combine(temp.Path, "out", "non-csharp.ipynb"));
        Assert.Contains("<pre>1</pre>", executed.Cells[2].Outputs[0].Data["text/html"]);
    }

    [Fact]
    public void An_enormous_output_is_truncated_in_the_executed_copy()
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy("huge-output.ipynb");
        var (code, _, stderr) = NablaCli.Run("run", notebook, "--in-place", "--max-output-chars", "1000");
        Assert.True(code == 0, stderr);
        var executed = Notebook.Load(notebook);
        Assert.EndsWith("[output truncated: 4,000 more characters dropped (limit 1,000 characters per output)]\n", executed.Cells[0].Outputs[0].Text);
        Assert.Contains("2,000 more characters dropped", executed.Cells[1].Outputs[0].Data["text/plain"]);
        Nbformat.AssertValid(notebook);
    }

    [Fact]
    public void Out_pointing_at_the_notebooks_own_folder_does_not_overwrite_it()
    {
        using var temp = new TempFolder();
        string notebook = temp.Copy("good.ipynb");
        byte[] before = File.ReadAllBytes(notebook);
        var (code, _, stderr) = NablaCli.Run("run", notebook, "--out", temp.Path);
        Assert.Equal(1, code);
        Assert.Contains("use --in-place to write outputs into the notebook", stderr);
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void Usage_errors_exit_1()
    {
        Assert.Equal(1, NablaCli.Run("run").Code);
        Assert.Equal(1, NablaCli.Run("run", "/nonexistent.ipynb").Code);
        var (code, _, stderr) = NablaCli.Run("run", "x.ipynb", "--in-place", "--out", "d");
        Assert.Equal(1, code);
        Assert.Contains("expected either --in-place or --out, found both", stderr);
        Assert.Contains("expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found -1", NablaCli.Run("run", "x.ipynb", "--timeout", "-1").Err);
    }
}
