
namespace Nabla.Notebooks;

/// <summary>
/// The rules a committed lesson notebook follows: nbformat 4 with the .NET Interactive metadata,
/// C# code cells, no outputs or execution counts, a first code cell that loads the kit, and formulas
/// in plain Unicode (see <see cref="Notation"/>).
/// </summary>
public static class NotebookLint
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
        return Check(notebook, path);
    }

    /// <summary>The same rules for a notebook already loaded from <paramref name="path"/> (used in messages).</summary>
    public static IReadOnlyList<string> Check(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = new List<string>();
        string? kernel = JsonText.String(JsonText.At(notebook.Metadata, "kernelspec", "name"));
        if (kernel != ".net-csharp")
            problems.Add($"{path}: expected metadata.kernelspec.name \".net-csharp\", found {Quote(kernel)}");
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            string where = $"{path}: cell {i + 1}";
            if (cell.CellType == "markdown" && Notation.NotPlain(cell.Source) is { } markup)
                problems.Add($"{where}: expected formulas in plain Unicode (a[l], W[3]ᵀ, x², nₗ), found {markup}");
            if (!cell.IsCode)
                continue;
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
            problems.Add($"{path}: expected a first code cell that loads the kit ({SetupLine}), found no code cell");
        else if (!notebook.Cells[first].Source.Split('\n').Any(line => line.Trim() == SetupLine))
            problems.Add($"{path}: cell {first + 1}: expected the first code cell to load the kit with {SetupLine}, found {Quote(notebook.Cells[first].FirstLine)}");
        return problems;
    }

    /// <summary>
    /// The line that loads this build of the kit: its NuGet package, at the version this assembly was built with
    /// (Directory.Build.props), so a setup cell that still names an older version is caught.
    /// </summary>
    public static string SetupLine { get; } =
        $"#r \"nuget: Nabla.Interactive, {typeof(NotebookLint).Assembly.GetName().Version!.ToString(3)}\"";

    private static string Quote(string? value) => value is null ? "none" : $"\"{value}\"";
}
