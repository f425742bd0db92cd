namespace Nabla.Notebooks.Tests;

public sealed class CheckTests
{
    private static (int Code, string Out, string Err) Check(params string[] paths) => NablaCli.Run(["check", .. paths]);

    [Fact]
    public void A_conforming_notebook_passes()
    {
        var (code, stdout, _) = Check(Path.Combine(TempFolder.TestNotebooks, "good.ipynb"));
        Assert.Equal(0, code);
        Assert.Contains("1 notebook(s) checked, 0 problem(s).", stdout);
    }

    [Fact]
    public void Each_problem_is_one_line_naming_notebook_and_cell()
    {
        string bad = Path.Combine(TempFolder.TestNotebooks, "bad-check.ipynb");
        var (code, stdout, _) = Check(bad);
        Assert.Equal(2, code);
        string[] expected =
        [
            $"{bad}: expected metadata.kernelspec.name \".net-csharp\", found \"python3\"",
            $"{bad}: cell 1: expected no committed outputs, found 1",
            $"{bad}: cell 1: expected execution_count null, found 3",
            $"{bad}: cell 2: expected metadata.dotnet_interactive.language \"csharp\", found \"fsharp\"",
            $"{bad}: cell 2: expected metadata.polyglot_notebook.kernelName \"csharp\", found \"fsharp\"",
            $"{bad}: cell 1: expected the first code cell to load the kit with #r \"nuget: Nabla.Interactive, 0.9.0\", found \"Console.WriteLine(\"no engine\");\"",
            "1 notebook(s) checked, 6 problem(s).",
        ];
        Assert.Equal(expected, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Malformed_notebooks_are_problems_and_missing_paths_are_usage_errors()
    {
        string folder = Path.Combine(TempFolder.TestNotebooks, "malformed");
        var (code, stdout, _) = Check(folder);
        Assert.Equal(2, code);
        Assert.Contains("nbformat3.ipynb: expected nbformat 4, found 3", stdout);
        Assert.Contains("4 notebook(s) checked, 4 problem(s).", stdout);
        Assert.Equal(1, Check("/nonexistent/folder").Code);
    }

    [Fact]
    public void Notebooks_written_by_the_model_pass_the_nbformat_validator()
    {
        using var temp = new TempFolder();
        string path = temp.WriteNotebook("new.ipynb", "#r \"nuget: Nabla.Interactive, 0.9.0\"", "1");
        Nbformat.AssertValid(path);
        Nbformat.AssertValid(Path.Combine(TempFolder.TestNotebooks, "good.ipynb"));
        Assert.Equal(0, Check(path).Code);
    }
}
