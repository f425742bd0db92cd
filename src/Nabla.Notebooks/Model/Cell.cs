using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>One cell of an nbformat 4 notebook: code, markdown or raw.</summary>
public sealed partial class Cell
{
    /// <summary>The cell type: "code", "markdown" or "raw".</summary>
    public string CellType { get; set; } = "code";

    /// <summary>The cell's source text (lines joined; the file may store it as an array of lines).</summary>
    public string Source { get; set; } = "";

    /// <summary>The cell metadata (for code cells, the .NET Interactive language metadata).</summary>
    public JsonObject Metadata { get; set; } = new();

    /// <summary>Outputs of a code cell (empty for other cell types).</summary>
    public List<CellOutput> Outputs { get; set; } = [];

    /// <summary>Execution count of a code cell; null when not executed.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>The nbformat 4.5 cell id, or null when the cell carries none.</summary>
    public string? Id { get; set; }

    /// <summary>Properties this model does not know (e.g. attachments), kept for the round trip.</summary>
    public JsonObject Extra { get; set; } = new();

    /// <summary>True for a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>
    /// The cell's kernel language from metadata <c>dotnet_interactive.language</c> or
    /// <c>polyglot_notebook.kernelName</c>; null means the notebook's default kernel.
    /// Setting it writes both metadata entries (null removes them).
    /// </summary>
    public string? Language
    {
        get => JsonText.String(JsonText.At(Metadata, "dotnet_interactive", "language"))
            ?? JsonText.String(JsonText.At(Metadata, "polyglot_notebook", "kernelName"));
        set
        {
            if (value is null)
            {
                Metadata.Remove("dotnet_interactive");
                Metadata.Remove("polyglot_notebook");
                return;
            }
            Metadata["dotnet_interactive"] = new JsonObject { ["language"] = value };
            Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = value };
        }
    }

    /// <summary>A new C# code cell carrying the .NET Interactive language metadata.</summary>
    public static Cell Code(string source) => new() { CellType = "code", Source = source, Language = "csharp" };

    /// <summary>A new markdown cell.</summary>
    public static Cell Markdown(string source) => new() { CellType = "markdown", Source = source };

    /// <summary>A new raw cell.</summary>
    public static Cell Raw(string source) => new() { CellType = "raw", Source = source };

    /// <summary>The first non-blank line of the source, for summaries and error reports.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
