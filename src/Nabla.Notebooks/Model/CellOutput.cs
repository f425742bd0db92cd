using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// One output of a code cell in nbformat 4: <c>display_data</c>, <c>execute_result</c>,
/// <c>stream</c> or <c>error</c>. Properties that do not apply to the output type are null or empty.
/// </summary>
public sealed partial class CellOutput
{
    /// <summary>The nbformat output type: display_data, execute_result, stream or error.</summary>
    public string OutputType { get; set; } = "display_data";

    /// <summary>Mime bundle of display_data/execute_result: mime type to content (JSON mime types hold JSON text).</summary>
    public Dictionary<string, string> Data { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Output metadata of display_data/execute_result.</summary>
    public JsonObject Metadata { get; set; } = new();

    /// <summary>Execution count of an execute_result.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Stream name of a stream output: stdout or stderr.</summary>
    public string? StreamName { get; set; }

    /// <summary>Text of a stream output.</summary>
    public string? Text { get; set; }

    /// <summary>Exception name of an error output (the .NET Interactive kernel writes "Error").</summary>
    public string? ErrorName { get; set; }

    /// <summary>Error message of an error output.</summary>
    public string? ErrorValue { get; set; }

    /// <summary>Traceback lines of an error output.</summary>
    public List<string> Traceback { get; set; } = [];

    /// <summary>Properties this model does not know, kept for the round trip.</summary>
    public JsonObject Extra { get; set; } = new();

    /// <summary>True for an error output.</summary>
    public bool IsError => OutputType == "error";

    /// <summary>A stream output (stdout or stderr).</summary>
    public static CellOutput Stream(string name, string text) =>
        new() { OutputType = "stream", StreamName = name, Text = text };

    /// <summary>A display_data output with one mime type.</summary>
    public static CellOutput Display(string mimeType, string content)
    {
        var output = new CellOutput { OutputType = "display_data" };
        output.Data[mimeType] = content;
        return output;
    }

    /// <summary>An execute_result output (a cell's trailing expression) with one mime type.</summary>
    public static CellOutput Result(int executionCount, string mimeType, string content)
    {
        var output = new CellOutput { OutputType = "execute_result", ExecutionCount = executionCount };
        output.Data[mimeType] = content;
        return output;
    }

    /// <summary>An error output; the traceback holds the message's lines.</summary>
    public static CellOutput Error(string errorName, string errorValue) => new()
    {
        OutputType = "error",
        ErrorName = errorName,
        ErrorValue = errorValue,
        Traceback = [.. errorValue.Split('\n')],
    };

    /// <summary>The main text of the output, for summaries: stream text, error value, or the first mime entry.</summary>
    public string DisplayText => OutputType switch
    {
        "stream" => Text ?? "",
        "error" => ErrorValue ?? "",
        _ => Data.TryGetValue("text/plain", out var plain) ? plain : Data.Values.FirstOrDefault() ?? "",
    };

    /// <summary>A deep copy of this output.</summary>
    public CellOutput Clone() => FromJson(ToJson(), "<clone>", "output");
}
