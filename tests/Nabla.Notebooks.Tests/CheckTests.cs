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
    public void Malformed_notebooks_and_missing_paths_are_input_errors_as_in_run_and_book()
    {
        string folder = Path.Combine(TempFolder.TestNotebooks, "malformed");
        var (code, stdout, _) = Check(folder);
        Assert.Equal(1, code);
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

    [Fact]
    public void With_executed_copies_a_wrong_quoted_number_fails_the_check()
    {
        using var temp = new TempFolder();
        var source = Notebook.CreateCSharp();
        source.Cells.Add(Cell.Code("#r \"nuget: Nabla.Interactive, 0.9.0\"\nConsole.WriteLine(0.9661);"));
        source.Cells.Add(Cell.Markdown("Right 96.6% of the time, on `2,000` images."));
        string path = System.IO.Path.Combine(temp.Path, "lesson.ipynb");
        source.Save(path, withOutputs: false);
        string executed = Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "executed")).FullName;

        var (missing, missingOut, _) = Check(path, "--executed", executed);
        Assert.Equal(2, missing);
        Assert.Contains("expected its executed copy at", missingOut);

        source.Cells[0].Outputs.Add(CellOutput.Stream("stdout", "0.9661\n"));
        source.Save(System.IO.Path.Combine(executed, "lesson.ipynb"), withOutputs: true);
        Assert.Equal(0, Check(path, "--executed", executed).Code);

        source.Cells[1].Source = "Right 95.6% of the time.";
        source.Save(System.IO.Path.Combine(executed, "lesson.ipynb"), withOutputs: true);
        var (code, stdout, _) = Check(path, "--executed", executed);
        Assert.Equal(2, code);
        Assert.Contains($"{path}: cell 2: the text quotes 95.6%", stdout);

        Assert.Equal(1, Check(path, "--executed", System.IO.Path.Combine(temp.Path, "nowhere")).Code);
    }

    [Fact]
    public void Html_superscripts_in_a_lesson_are_a_notation_problem()
    {
        using var temp = new TempFolder();
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Code("#r \"nuget: Nabla.Interactive, 0.9.0\""));
        notebook.Cells.Add(Cell.Markdown("a<sup>[l]</sup> = σ(z<sup>[l]</sup>)"));
        string path = System.IO.Path.Combine(temp.Path, "formula.ipynb");
        notebook.Save(path, withOutputs: false);
        var (code, stdout, _) = Check(path);
        Assert.Equal(2, code);
        Assert.Contains($"{path}: cell 2: expected formulas in plain Unicode (a[l], W[3]ᵀ, x², nₗ), found the HTML tag <sup>", stdout);
    }
}
