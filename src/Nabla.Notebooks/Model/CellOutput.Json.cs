using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>nbformat 4 JSON reading and writing of outputs.</summary>
public sealed partial class CellOutput
{
    private static readonly string[] KnownKeys =
        ["output_type", "data", "metadata", "execution_count", "name", "text", "ename", "evalue", "traceback"];

    /// <summary>Reads an output object; <paramref name="where"/> locates it in error messages (e.g. "cell 3, output 1").</summary>
    internal static CellOutput FromJson(JsonNode? node, string sourceName, string where)
    {
        if (node is not JsonObject obj)
            throw new NotebookFormatException(sourceName, $"{where}: expected an output object, found {JsonText.Describe(node)}");
        string type = obj["output_type"] is JsonValue tv && tv.TryGetValue(out string? t) ? t
            : throw new NotebookFormatException(sourceName, $"{where}: expected a string \"output_type\", found {JsonText.Describe(obj["output_type"])}");
        var output = new CellOutput { OutputType = type, Extra = JsonText.Extras(obj, KnownKeys) };
        switch (type)
        {
            case "display_data" or "execute_result":
                ReadData(obj, output, sourceName, where);
                if (type == "execute_result" && obj["execution_count"] is JsonValue cv && cv.TryGetValue(out int count))
                    output.ExecutionCount = count;
                break;
            case "stream":
                output.StreamName = obj["name"] is JsonValue nv && nv.TryGetValue(out string? name) ? name
                    : throw new NotebookFormatException(sourceName, $"{where}: expected a stream \"name\", found {JsonText.Describe(obj["name"])}");
                output.Text = JsonText.ReadMultiline(obj["text"])
                    ?? throw new NotebookFormatException(sourceName, $"{where}: expected stream \"text\" as a string or array of strings, found {JsonText.Describe(obj["text"])}");
                break;
            case "error":
                output.ErrorName = JsonText.String(obj["ename"]) ?? "";
                output.ErrorValue = JsonText.String(obj["evalue"]) ?? "";
                output.Traceback = obj["traceback"] is JsonArray tb ? [.. tb.Select(l => JsonText.String(l) ?? "")] : [];
                break;
            default:
                throw new NotebookFormatException(sourceName,
                    $"{where}: expected output_type display_data, execute_result, stream or error, found \"{type}\"");
        }
        return output;
    }

    private static void ReadData(JsonObject obj, CellOutput output, string sourceName, string where)
    {
        if (obj["data"] is JsonObject data)
        {
            foreach (var (mime, value) in data)
            {
                output.Data[mime] = IsJsonMime(mime) && value is not JsonValue
                    ? value?.ToJsonString() ?? "null"
                    : JsonText.ReadMultiline(value)
                      ?? throw new NotebookFormatException(sourceName, $"{where}: expected \"{mime}\" data as a string or array of strings, found {JsonText.Describe(value)}");
            }
        }
        if (obj["metadata"] is JsonObject metadata)
            output.Metadata = (JsonObject)metadata.DeepClone();
    }

    /// <summary>Writes the output as nbformat 4 JSON (keys sorted as Jupyter writes them).</summary>
    internal JsonObject ToJson()
    {
        var obj = (JsonObject)Extra.DeepClone();
        obj["output_type"] = OutputType;
        switch (OutputType)
        {
            case "display_data" or "execute_result":
                var data = new JsonObject();
                foreach (var (mime, content) in Data)
                    data[mime] = WriteData(mime, content);
                obj["data"] = data;
                obj["metadata"] = Metadata.DeepClone();
                if (OutputType == "execute_result")
                    obj["execution_count"] = ExecutionCount;
                break;
            case "stream":
                obj["name"] = StreamName ?? "stdout";
                obj["text"] = JsonText.WriteMultiline(Text ?? "");
                break;
            case "error":
                obj["ename"] = ErrorName ?? "Error";
                obj["evalue"] = ErrorValue ?? "";
                obj["traceback"] = new JsonArray([.. Traceback.Select(l => (JsonNode?)JsonValue.Create(l))]);
                break;
        }
        return JsonText.Sorted(obj);
    }

    private static JsonNode WriteData(string mime, string content)
    {
        if (IsJsonMime(mime))
        {
            try
            {
                var parsed = JsonNode.Parse(content);
                if (parsed is not null)
                    return parsed;
            }
            catch (JsonException)
            {
                // Not JSON after all: keep it as text.
            }
        }
        return JsonText.WriteMultiline(content);
    }

    private static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));
}
