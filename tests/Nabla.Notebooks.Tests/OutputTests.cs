namespace Nabla.Notebooks.Tests;

[Collection(SessionCollection.Name)]
public sealed class OutputTests : SessionTestBase
{
    public OutputTests()
        : base(new SessionOptions(MaxOutputChars: 1000))
    {
    }

    [Fact]
    public async Task Trailing_expression_is_shown_but_statements_and_void_calls_are_not()
    {
        Assert.Empty((await Run("int a = 1;")).Outputs);
        Assert.Empty((await Run("void Nothing() { }\nNothing()")).Outputs);
        Assert.Empty((await Run("Math.Abs(-1);")).Outputs);
        Assert.Single((await Run("Math.Abs(-1)")).Outputs);
    }

    [Fact]
    public async Task Trailing_null_prints_null_marker()
    {
        var output = await Single("null");
        Assert.Contains("&lt;null&gt;", Html(output));
        // (string?) outside a #nullable context: the kernel shows Roslyn's warning on stderr, then the value.
        var result = await Run("(string?)null");
        Assert.Contains("warning CS8632", result.Outputs[0].Text);
        Assert.Contains("&lt;null&gt;", Html(result.Outputs[1]));
    }

    [Fact]
    public async Task String_is_text_plain_only_and_other_values_text_html_only()
    {
        var text = await Single("\"hello <b>\"");
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "hello <b>" }, text.Data);
        var value = await Single("new { A = 1 }");
        Assert.Equal(new[] { "text/html" }, value.Data.Keys);
        Assert.Contains("<td>A</td>", value.Data["text/html"]);
    }

    [Fact]
    public async Task Display_handle_updates_are_lost_as_in_the_real_kernel_and_a_returned_handle_is_dropped()
    {
        // dotnet-interactive 1.0.712001: display() returns a handle whose id is not the one it published, so Jupyter
        // drops its updates. The runner shows the same. (LiveChart.Show uses a handle whose updates arrive.)
        var result = await Run("var h = display(\"first\");\nh.Update(\"second\");\nh");
        var output = Assert.Single(result.Outputs);
        Assert.Equal("display_data", output.OutputType);
        Assert.Equal("first", output.Data["text/plain"]);

        var earlier = await Run("var shown = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(Microsoft.DotNet.Interactive.KernelInvocationContext.Current, 1);", cellIndex: 4);
        Assert.Single(earlier.Outputs);
        var later = await Run("shown.Update(2);", cellIndex: 5);
        Assert.Empty(later.Outputs);
        var update = Assert.Single(later.EarlierCellUpdates);
        Assert.Equal(4, update.CellIndex);
        Assert.Contains("<pre>2</pre>", Html(Assert.Single(update.Outputs)));
    }

    [Fact]
    public async Task Display_helpers_match_the_kernel()
    {
        var result = await Run("""
            new { A = 1 }.Display();
            "<b>bold</b>".DisplayAs("text/html");
            new[] { new { Name = "x", Score = 2 } }.DisplayTable();
            display(3, "text/plain");
            HTML("<i>raw</i>")
            """);
        // HTML(...) makes the kernel warn that it compiles against a newer Html.Abstractions (the real kernel does too).
        Assert.Equal(6, result.Outputs.Count);
        var warning = Assert.Single(result.Outputs, o => o.OutputType == "stream");
        Assert.Contains("warning CS1701: Assuming assembly reference 'Microsoft.AspNetCore.Html.Abstractions", warning.Text);
        result = result with { Outputs = result.Outputs.Where(o => o != warning).ToList() };
        Assert.Contains("<td>A</td>", Html(result.Outputs[0]));
        Assert.Equal("<b>bold</b>", Html(result.Outputs[1]));
        Assert.Contains("<table><thead><tr><td><span>Name</span></td><td><span>Score</span></td></tr></thead>", Html(result.Outputs[2]));
        Assert.Equal("3", result.Outputs[3].Data["text/plain"]);
        Assert.Equal("<i>raw</i>", Html(result.Outputs[4]));
        Assert.Equal("execute_result", result.Outputs[4].OutputType);
    }

    [Fact]
    public async Task Console_output_becomes_merged_stdout_and_stderr_streams()
    {
        var result = await Run("""
            Console.WriteLine("a");
            Console.Write("b");
            Console.Out.Write('c');
            Console.Error.WriteLine("oops");
            await Task.Run(() => Console.WriteLine("from a thread"));
            """);
        Assert.Equal(3, result.Outputs.Count);
        Assert.Equal(("stdout", "a\nbc"), (result.Outputs[0].StreamName, result.Outputs[0].Text));
        Assert.Equal(("stderr", "oops\n"), (result.Outputs[1].StreamName, result.Outputs[1].Text));
        Assert.Equal(("stdout", "from a thread\n"), (result.Outputs[2].StreamName, result.Outputs[2].Text));
    }

    [Fact]
    public async Task Huge_outputs_are_truncated_with_a_note_counting_dropped_characters()
    {
        var stream = await Single("Console.Write(new string('x', 5000));");
        Assert.StartsWith(new string('x', 1000) + "\n... [output truncated: 4,000 more characters dropped", stream.Text);

        var text = await Single("new string('y', 3000)");
        Assert.Contains("2,000 more characters dropped", text.Data["text/plain"]);

        var html = (await Run("HTML(new string('z', 5000))")).Outputs[^1];
        Assert.Equal("<div class=\"nabla-truncated\"><em>Output dropped: 5,000 characters exceed the limit of 1,000.</em></div>", Html(html));
    }
}
