using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// An nbformat 4 notebook (.ipynb) with the .NET Interactive metadata. Properties the
/// model does not know are kept in <see cref="Extra"/> (and in each cell's and output's)
/// so that loading and saving changes nothing else.
/// </summary>
public sealed class Notebook
{
    private static readonly string[] KnownKeys = ["nbformat", "nbformat_minor", "metadata", "cells"];

    /// <summary>The major format version; always 4.</summary>
    public int NbFormat { get; set; } = 4;

    /// <summary>The minor format version (4 when cells carry no id, 5 when they do).</summary>
    public int NbFormatMinor { get; set; } = 4;

    /// <summary>Notebook metadata (kernelspec, language_info, polyglot_notebook, ...).</summary>
    public JsonObject Metadata { get; set; } = new();

    /// <summary>The cells in order.</summary>
    public List<Cell> Cells { get; set; } = [];

    /// <summary>Top-level properties this model does not know, kept for the round trip.</summary>
    public JsonObject Extra { get; set; } = new();

    /// <summary>Reads a notebook file; throws <see cref="NotebookFormatException"/> naming the file when it is not nbformat 4.</summary>
    public static Notebook Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, $"expected a readable notebook file, found {e.GetType().Name}: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Parses notebook JSON; <paramref name="sourceName"/> names the source in error messages.</summary>
    public static Notebook Parse(string json, string sourceName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(sourceName,
                $"expected JSON, found a syntax error at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}", e);
        }
        if (root is not JsonObject obj)
            throw new NotebookFormatException(sourceName, $"expected a JSON object at the top level, found {JsonText.Describe(root)}");
        if (obj["nbformat"] is not JsonValue fv || !fv.TryGetValue(out int major) || major != 4)
            throw new NotebookFormatException(sourceName, $"expected nbformat 4, found {(obj["nbformat"] is null ? "none" : obj["nbformat"]!.ToJsonString())}");
        if (obj["cells"] is not JsonArray cells)
            throw new NotebookFormatException(sourceName, $"expected a \"cells\" array, found {(obj.ContainsKey("cells") ? JsonText.Describe(obj["cells"]) : "none")}");
        var notebook = new Notebook
        {
            NbFormat = major,
            NbFormatMinor = obj["nbformat_minor"] is JsonValue mv && mv.TryGetValue(out int minor) ? minor : 4,
            Metadata = obj["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : new JsonObject(),
            Extra = JsonText.Extras(obj, KnownKeys),
        };
        for (int i = 0; i < cells.Count; i++)
            notebook.Cells.Add(Cell.FromJson(cells[i], sourceName, $"cell {i + 1}"));
        return notebook;
    }

    /// <summary>The notebook as nbformat 4 JSON text (Jupyter layout: one-space indent, sorted keys, final newline).</summary>
    /// <param name="withOutputs">False writes every code cell with no outputs and a null execution count.</param>
    public string ToJson(bool withOutputs)
    {
        var obj = (JsonObject)Extra.DeepClone();
        obj["cells"] = new JsonArray([.. Cells.Select((c, i) =>
            (JsonNode?)c.ToJson(withOutputs, NbFormatMinor >= 5 ? $"cell-{i + 1}" : null))]);
        obj["metadata"] = Metadata.DeepClone();
        obj["nbformat"] = NbFormat;
        obj["nbformat_minor"] = NbFormatMinor;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonText.WriterOptions))
            JsonText.Sorted(obj).WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes the notebook atomically: a temporary file in the same folder, then a move over the target. A target that
    /// is a symbolic link is written through: the file it points to is replaced and the link stays a link. A file that
    /// is replaced keeps its permissions (a private 0600 notebook stays private).
    /// </summary>
    public void Save(string path, bool withOutputs)
    {
        string full = Path.GetFullPath(path);
        if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
            full = target.FullName;
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        TempFile.SweepStale(full);
        string temp = TempFile.Beside(full);
        try
        {
            File.WriteAllText(temp, ToJson(withOutputs), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (!OperatingSystem.IsWindows() && File.Exists(full))
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    /// <summary>A new empty C# notebook carrying the .NET Interactive (Polyglot Notebooks) metadata.</summary>
    public static Notebook CreateCSharp() => new()
    {
        NbFormat = 4,
        NbFormatMinor = 4,
        Metadata = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = "csharp",
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                },
            },
        },
    };

    /// <summary>The notebook's default kernel language (polyglot_notebook.kernelInfo.defaultKernelName), or "csharp".</summary>
    public string DefaultLanguage =>
        JsonText.String(JsonText.At(Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")) ?? "csharp";

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
