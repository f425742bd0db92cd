namespace Nabla.Notebooks.Tests;

[Collection(SessionCollection.Name)]
public sealed class SubmissionTests : SessionTestBase
{
    [Fact]
    public async Task Variables_usings_and_types_carry_over_between_cells()
    {
        await Run("int x = 41;");
        await Run("using System.Text.RegularExpressions;");
        await Run("record Point(int X, int Y);");
        var output = await Single("new Point(x + 1, Regex.IsMatch(\"a\", \"a\") ? 1 : 0).X");
        Assert.Contains("<pre>42</pre>", Html(output));
        Assert.Equal("execute_result", output.OutputType);
    }

    [Fact]
    public async Task Compile_error_keeps_the_previous_state_and_lists_diagnostics_one_per_line()
    {
        await Run("int x = 1;");
        // As in Jupyter: the diagnostics go to stderr, blank-line separated, and the error says "compilation error".
        var result = await Run("int lost = 2;\nx = foo;");
        Assert.Equal(["stream", "error"], result.Outputs.Select(o => o.OutputType));
        Assert.Equal("\n(2,5): error CS0103: The name 'foo' does not exist in the current context\n\n", result.Outputs[0].Text);
        Assert.Equal(("Error", "compilation error"), (result.Outputs[1].ErrorName, result.Outputs[1].ErrorValue));
        Assert.Empty(result.Outputs[1].Traceback);

        var two = await Run("bar();\nbaz();");
        Assert.Equal(
            "(1,1): error CS0103: The name 'bar' does not exist in the current context\n\n(2,1): error CS0103: The name 'baz' does not exist in the current context",
            two.ErrorMessage);

        Assert.Contains("<pre>1</pre>", Html(await Single("x")));
        Assert.StartsWith("(1,1): error CS0103: The name 'lost'", (await Run("lost")).ErrorMessage);
    }

    [Fact]
    public async Task Runtime_error_makes_the_new_state_current_so_earlier_variables_survive()
    {
        var error = await Single("int y = 5;\nthrow new InvalidOperationException(\"boom\");");
        Assert.StartsWith("System.InvalidOperationException: boom", error.ErrorValue);
        Assert.Contains("<pre>5</pre>", Html(await Single("y")));
    }

    [Fact]
    public async Task A_value_that_cannot_be_formatted_shows_the_exception_and_the_session_goes_on()
    {
        await Run("class Bad { public int P => throw new FormatException(\"no\"); public override string ToString() => throw new FormatException(\"no\"); }");
        var result = await Run("new Bad()");
        var output = Assert.Single(result.Outputs);
        Assert.Equal("execute_result", output.OutputType); // the formatter shows the exception, as in the kernel
        Assert.Contains("System.FormatException: no", Html(output));
        Assert.Contains("<pre>2</pre>", Html(await Single("1 + 1")));
    }

    [Fact]
    public async Task Execution_counts_increase_per_submission_and_results_carry_them()
    {
        var first = await Run("1");
        var second = await Run("foo");
        var third = await Run("3");
        Assert.Equal((1, 2, 3), (first.ExecutionCount, second.ExecutionCount, third.ExecutionCount));
        Assert.Equal(3, third.Outputs[0].ExecutionCount);
        Assert.True(second.Failed);
    }

    [Fact]
    public async Task Language_version_is_the_kernels_csharp_14()
    {
        var result = await Run("#error version");
        Assert.Contains("Language version: latest (14.0).", result.ErrorMessage);
    }

    [Fact]
    public async Task Working_directory_is_the_notebook_folder()
    {
        var output = await Single("System.IO.Directory.GetCurrentDirectory()");
        Assert.Equal(Temp.Path, output.Data["text/plain"]);
    }

    [Fact]
    public async Task Markdown_and_raw_cells_are_skipped_and_non_csharp_cells_fail_clearly()
    {
        Assert.Empty((await Session.RunCellAsync(Cell.Markdown("# x"))).Outputs);
        Assert.Null((await Session.RunCellAsync(Cell.Raw("x"))).ExecutionCount);
        var fsharp = Cell.Code("let x = 1");
        fsharp.Language = "fsharp";
        var result = await Session.RunCellAsync(fsharp);
        Assert.Equal("The cell's language is 'fsharp'; the Nabla runner supports only C# (csharp) cells.", Assert.Single(result.Outputs).ErrorValue);
    }
}
