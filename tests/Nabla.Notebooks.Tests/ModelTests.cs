using System.Text.Json.Nodes;
using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests;

public sealed class ModelTests
{
    private static string TestFile(string name) => Path.Combine(TempFolder.TestNotebooks, name);

    [Fact]
    public void Round_trip_preserves_unknown_fields_ids_and_every_output_kind()
    {
        string original = File.ReadAllText(TestFile("roundtrip.ipynb"));
        var notebook = Notebook.Parse(original, "roundtrip.ipynb");
        var written = JsonNode.Parse(notebook.ToJson(withOutputs: true))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), written), notebook.ToJson(true));

        Assert.Equal(5, notebook.NbFormatMinor);
        Assert.Equal("code-1", notebook.Cells[1].Id);
        Assert.Equal("var x = 42;\nx", notebook.Cells[1].Source);
        Assert.Equal("# Title\ntext", notebook.Cells[0].Source);
        Assert.Equal(7, notebook.Cells[1].ExecutionCount);
        Assert.Equal("line 1\nline 2\n", notebook.Cells[1].Outputs[0].Text);
        Assert.Equal("{\"a\":[1,2]}", notebook.Cells[1].Outputs[1].Data["application/json"]);
        Assert.Equal("kept", notebook.Cells[1].Outputs[1].Extra["transient_extra"]!.GetValue<string>());
        Assert.True(notebook.Extra.ContainsKey("x_top_level"));
        Assert.True(notebook.Cells[0].Extra.ContainsKey("attachments"));
    }

    [Fact]
    public void Sources_are_written_as_arrays_of_lines_like_jupyter()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Code("int a = 1;\nint b = 2;\n"));
        var cell = JsonNode.Parse(notebook.ToJson(false))!["cells"]![0]!;
        Assert.Equal(new[] { "int a = 1;\n", "int b = 2;\n" }, cell["source"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(cell["execution_count"]);
        Assert.Empty(cell["outputs"]!.AsArray());
    }

    [Fact]
    public void Sources_may_be_strings_or_arrays_of_strings()
    {
        var notebook = Notebook.Parse("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": "a\nb"}, {"cell_type": "markdown", "source": ["c\n", "d"]}]}""", "s");
        Assert.Equal("a\nb", notebook.Cells[0].Source);
        Assert.Equal("c\nd", notebook.Cells[1].Source);
    }

    [Fact]
    public void Without_outputs_clears_outputs_and_counts()
    {
        var notebook = Notebook.Load(TestFile("roundtrip.ipynb"));
        var reread = Notebook.Parse(notebook.ToJson(withOutputs: false), "x");
        Assert.Empty(reread.Cells[1].Outputs);
        Assert.Null(reread.Cells[1].ExecutionCount);
    }

    [Fact]
    public void New_notebooks_and_code_cells_carry_the_dotnet_interactive_metadata()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Code("1"));
        notebook.Cells.Add(Cell.Markdown("# t"));
        var json = JsonNode.Parse(notebook.ToJson(false))!;
        Assert.Equal(".net-csharp", json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["dotnet_interactive"]!["language"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal(4, json["nbformat"]!.GetValue<int>());
        Assert.Equal("csharp", notebook.Cells[0].Language);
        Assert.Null(notebook.Cells[1].Language);
    }

    [Theory]
    [InlineData("malformed/bad-json.ipynb", "expected JSON, found a syntax error at line")]
    [InlineData("malformed/nbformat3.ipynb", "expected nbformat 4, found 3")]
    [InlineData("malformed/missing-cells.ipynb", "expected a \"cells\" array, found none")]
    [InlineData("malformed/cell-without-source.ipynb", "cell 2: expected a \"source\" (string or array of strings), found none")]
    public void Malformed_notebooks_give_errors_naming_file_expectation_and_finding(string file, string problem)
    {
        string path = TestFile(file);
        var e = Assert.Throws<NotebookFormatException>(() => Notebook.Load(path));
        Assert.StartsWith(path + ": ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object at the top level, found an array")]
    [InlineData("""{"nbformat": 4, "cells": [{"source": "1"}]}""", "cell 1: expected a string \"cell_type\", found null")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": 3}]}""", "cell 1: expected \"source\" as a string or array of strings, found the number 3")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "weird"}]}]}""", "cell 1, output 1: expected output_type display_data, execute_result, stream or error, found \"weird\"")]
    public void Structural_problems_are_located_precisely(string json, string problem)
    {
        var e = Assert.Throws<NotebookFormatException>(() => Notebook.Parse(json, "nb.ipynb"));
        Assert.Equal("nb.ipynb: " + problem, e.Message);
    }

    [Fact]
    public void Save_is_atomic_and_leaves_no_temporary_files()
    {
        using var temp = new TempFolder();
        string path = Path.Combine(temp.Path, "a.ipynb");
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Code("1"));
        notebook.Save(path, withOutputs: true);
        notebook.Cells.Add(Cell.Code("2"));
        notebook.Save(path, withOutputs: true);
        Assert.Equal(new[] { "a.ipynb" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        Assert.Equal(2, Notebook.Load(path).Cells.Count);
        Assert.EndsWith("}\n", File.ReadAllText(path));
    }

    [Fact]
    public void Output_factories_build_nbformat_outputs()
    {
        Assert.Equal(("stream", "stdout", "hi"), (CellOutput.Stream("stdout", "hi").OutputType, CellOutput.Stream("stdout", "hi").StreamName, CellOutput.Stream("stdout", "hi").Text));
        var result = CellOutput.Result(3, "text/plain", "x");
        Assert.Equal(("execute_result", 3, "x"), (result.OutputType, result.ExecutionCount, result.Data["text/plain"]));
        var error = CellOutput.Error("Error", "a\nb");
        Assert.Equal(new[] { "a", "b" }, error.Traceback);
        Assert.True(error.IsError);
        Assert.Equal("<b>", CellOutput.Display("text/html", "<b>").Data["text/html"]);
    }
}
