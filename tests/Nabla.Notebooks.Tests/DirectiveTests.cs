namespace Nabla.Notebooks.Tests;

[Collection(SessionCollection.Name)]
public sealed class DirectiveTests : SessionTestBase
{
    [Fact]
    public async Task Unknown_magic_command_fails_the_cell_like_the_kernel()
    {
        var result = await Run("#!foo\n1");
        var error = Assert.Single(result.Outputs, o => o.IsError);
        Assert.Equal("(1,1): error DNI101: Unknown magic command '#!foo'", error.ErrorValue);
        Assert.Equal([error.ErrorValue!], error.Traceback);
    }

    [Fact]
    public async Task The_csharp_selector_passes_and_other_kernels_are_unknown_here()
    {
        Assert.Contains("<pre>2</pre>", Html(await Single("#!csharp\n1 + 1")));
        Assert.Contains("<pre>3</pre>", Html(await Single("#!c#\n1 + 2")));
        // The real kernel has an F# kernel too; the kit's runner hosts only C#.
        var result = await Run("#!fsharp\nlet x = 1");
        Assert.Equal("(1,1): error DNI101: Unknown magic command '#!fsharp'", Assert.Single(result.Outputs, o => o.IsError).ErrorValue);
    }

    [Fact]
    public async Task A_compile_error_after_directives_is_placed_in_the_code_without_them()
    {
        var result = await Run("#!csharp\n#r \"nuget: Nabla.Interactive, 0.9.0\"\nfoo");
        Assert.Equal(["display_data", "display_data", "stream", "error"], result.Outputs.Select(o => o.OutputType));
        Assert.Contains("Installed Packages", Html(result.Outputs[0]));
        // The kernel compiles the cell without its directive lines, so positions count from the first C# line.
        Assert.Equal("\n(1,1): error CS0103: The name 'foo' does not exist in the current context\n\n", result.Outputs[2].Text);
        Assert.Equal("compilation error", result.Outputs[3].ErrorValue);
        Assert.Equal("(1,1): error CS0103: The name 'foo' does not exist in the current context", result.ErrorMessage);
    }

    [Fact]
    public async Task Nuget_reference_restores_from_the_local_cache_and_lists_the_installed_package()
    {
        var result = await Run("#r \"nuget: Nabla.Interactive, 0.9.0\"\nNabla.Tensor.Scalar(2.0).Item()");
        Assert.False(result.Failed, result.ErrorMessage);
        Assert.Equal("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>Nabla.Interactive, 0.9.0</span></li></ul></div></div>",
            Html(result.Outputs[0]));
        Assert.Contains("<pre>2</pre>", Html(result.Outputs[^1]));
    }

    [Fact]
    public async Task A_package_that_no_source_has_fails_with_nugets_own_message()
    {
        var result = await Run("#r \"nuget: Nabla.DoesNotExist, 1.0.0\"");
        var error = Assert.Single(result.Outputs, o => o.IsError);
        Assert.Contains("error NU1101: Unable to find package Nabla.DoesNotExist.", error.ErrorValue);
    }

    [Fact]
    public async Task Hash_r_path_is_relative_to_the_notebook_folder()
    {
        string libs = Path.Combine(Temp.Path, "libs");
        Directory.CreateDirectory(libs);
        File.Copy(typeof(Markdig.Markdown).Assembly.Location, Path.Combine(libs, "Markdig.dll"));
        var output = await Single("#r \"libs/Markdig.dll\"\nMarkdig.Markdown.ToHtml(\"*a*\")");
        Assert.Equal("<p><em>a</em></p>\n", output.Data["text/plain"]);
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
        Assert.StartsWith("System.IO.FileNotFoundException: Could not find file '", (await Single("#!import missing.ipynb")).ErrorValue);
    }
}
