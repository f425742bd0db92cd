namespace Nabla.Notebooks.Tests;

[Collection(SessionCollection.Name)]
public sealed class DirectiveTests : SessionTestBase
{
    [Fact]
    public async Task Unknown_magic_command_fails_the_cell_like_the_kernel()
    {
        var error = await Single("#!foo\n1");
        Assert.Equal("Unknown magic command '#!foo'", error.ErrorValue);
    }

    [Fact]
    public async Task Kernel_selectors_csharp_pass_and_other_kernels_fail()
    {
        Assert.Contains("<pre>2</pre>", Html(await Single("#!csharp\n1 + 1")));
        Assert.Contains("<pre>3</pre>", Html(await Single("#!c#\n1 + 2")));
        Assert.Equal("The cell selects the 'fsharp' kernel (#!fsharp); the Nabla runner supports only C# cells.", (await Single("#!fsharp\nlet x = 1")).ErrorValue);
    }

    [Fact]
    public async Task Directive_lines_keep_diagnostic_positions()
    {
        var result = await Run("#!time\n#r \"nuget: MathNet.Numerics, 5.0.0\"\nfoo");
        Assert.Equal(new[] { "display_data", "error", "display_data" }, result.Outputs.Select(o => o.OutputType));
        var error = result.Outputs[1];
        Assert.Equal("(3,1): error CS0103: The name 'foo' does not exist in the current context", error.ErrorValue);
    }

    [Fact]
    public async Task Time_appends_wall_time_after_the_cell()
    {
        var result = await Run("#!time\nConsole.Write(1);");
        Assert.Equal(2, result.Outputs.Count);
        Assert.Equal("stream", result.Outputs[0].OutputType);
        string wall = result.Outputs[1].Data["text/plain"];
        Assert.Matches(@"^Wall time: \d+(\.\d+)?ms$", wall);
    }

    [Fact]
    public async Task Nuget_reference_to_a_carried_package_installs_it()
    {
        var result = await Run("#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics.LinearAlgebra;\nMatrix<double>.Build.DenseIdentity(2)[1, 1]");
        Assert.Equal(2, result.Outputs.Count);
        Assert.Equal("<div><div><strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span></li></ul></div></div>", Html(result.Outputs[0]));
        Assert.Contains("<pre>1</pre>", Html(result.Outputs[1]));
        Assert.False((await Run("#r \"nuget: Plotly.NET.Interactive, 5.0.0\"")).Failed);
    }

    [Fact]
    public async Task Package_sources_are_ignored_and_a_missing_version_takes_the_carried_one()
    {
        var result = await Run("#i \"nuget: https://example.org/feed\"\n#r \"nuget: MathNet.Numerics\"\n1");
        Assert.False(result.Failed, result.ErrorMessage);
        Assert.Contains("MathNet.Numerics, 5.0.0", Html(result.Outputs[0]));
    }

    [Fact]
    public async Task Nuget_version_mismatch_lists_the_carried_packages()
    {
        var error = await Single("#r \"nuget: MathNet.Numerics, 4.15.0\"");
        Assert.Equal(
            "Package MathNet.Numerics 4.15.0 is not available: the Nabla runner restores nothing and carries only " +
            "MathNet.Numerics 5.0.0, Plotly.NET 6.0.0, Plotly.NET.CSharp 0.14.0, FSharp.Core 10.1.403, Plotly.NET.Interactive (any version).",
            error.ErrorValue);
        Assert.StartsWith("Package Newtonsoft.Json 13.0.1 is not available", (await Single("#r \"nuget: Newtonsoft.Json, 13.0.1\"")).ErrorValue);
    }

    [Fact]
    public async Task Hash_r_path_is_relative_to_the_notebook_folder()
    {
        string libs = Path.Combine(Temp.Path, "libs");
        Directory.CreateDirectory(libs);
        File.Copy(typeof(MathNet.Numerics.Control).Assembly.Location, Path.Combine(libs, "MathNet.Numerics.dll"));
        var output = await Single("#r \"libs/MathNet.Numerics.dll\"\nMathNet.Numerics.SpecialFunctions.Factorial(5)");
        Assert.Contains("<pre>120</pre>", Html(output));
    }

    [Fact]
    public async Task Load_is_relative_to_the_notebook_folder()
    {
        File.Copy(Path.Combine(TempFolder.TestNotebooks, "helpers.csx"), Path.Combine(Temp.Path, "helpers.csx"));
        Assert.Empty((await Run("#load \"helpers.csx\"")).Outputs);
        Assert.Contains("<pre>42</pre>", Html(await Single("Twice(21)")));
    }

    [Fact]
    public async Task Import_runs_another_notebook_or_script_in_the_same_session()
    {
        Temp.Copy("imported.ipynb");
        Temp.Copy("helpers.csx");
        Assert.Empty((await Run("#!import imported.ipynb")).Outputs);
        Assert.Empty((await Run("#!import \"helpers.csx\"")).Outputs);
        Assert.Contains("<pre>84</pre>", Html(await Single("Twice(importedValue)")));
        Assert.StartsWith("#!import: expected a notebook or script at", (await Single("#!import missing.ipynb")).ErrorValue);
    }
}
