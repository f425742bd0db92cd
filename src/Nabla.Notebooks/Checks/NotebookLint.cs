using System.Text.RegularExpressions;

namespace Nabla.Notebooks;

/// <summary>
/// The rules a committed lesson notebook follows: nbformat 4 with the .NET Interactive metadata,
/// C# code cells, no outputs or execution counts, and a first code cell that loads the engine.
/// </summary>
public static partial class NotebookLint
{
    /// <summary>Returns one message per problem, each naming the notebook (and the cell when it is about one).</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        Notebook notebook;
        try
        {
            notebook = Notebook.Load(path);
        }
        catch (NotebookFormatException e)
        {
            return [e.Message];
        }
        var problems = new List<string>();
        string? kernel = JsonText.String(JsonText.At(notebook.Metadata, "kernelspec", "name"));
        if (kernel != ".net-csharp")
            problems.Add($"{path}: expected metadata.kernelspec.name \".net-csharp\", found {Quote(kernel)}");
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (!cell.IsCode)
                continue;
            string where = $"{path}: cell {i + 1}";
            string? language = JsonText.String(JsonText.At(cell.Metadata, "dotnet_interactive", "language"));
            string? kernelName = JsonText.String(JsonText.At(cell.Metadata, "polyglot_notebook", "kernelName"));
            if (language != "csharp")
                problems.Add($"{where}: expected metadata.dotnet_interactive.language \"csharp\", found {Quote(language)}");
            if (kernelName != "csharp")
                problems.Add($"{where}: expected metadata.polyglot_notebook.kernelName \"csharp\", found {Quote(kernelName)}");
            if (cell.Outputs.Count > 0)
                problems.Add($"{where}: expected no committed outputs, found {cell.Outputs.Count}");
            if (cell.ExecutionCount is { } count)
                problems.Add($"{where}: expected execution_count null, found {count}");
        }
        int first = notebook.Cells.FindIndex(c => c.IsCode);
        if (first < 0)
            problems.Add($"{path}: expected a first code cell that loads the engine (#r \".../Nabla.dll\"), found no code cell");
        else if (!EngineReference().IsMatch(notebook.Cells[first].Source))
            problems.Add($"{path}: cell {first + 1}: expected the first code cell to load the engine with #r \".../Nabla.dll\", found {Quote(notebook.Cells[first].FirstLine)}");
        return problems;
    }

    private static string Quote(string? value) => value is null ? "none" : $"\"{value}\"";

    [GeneratedRegex("""^\s*#r\s+"[^"]*Nabla\.dll"\s*$""", RegexOptions.Multiline)]
    private static partial Regex EngineReference();
}
