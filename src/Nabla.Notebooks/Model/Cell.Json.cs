using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>nbformat 4 JSON reading and writing of cells.</summary>
public sealed partial class Cell
{
    private static readonly string[] KnownKeys = ["cell_type", "source", "metadata", "outputs", "execution_count", "id"];

    /// <summary>Reads a cell object; <paramref name="where"/> locates it in error messages (e.g. "cell 3").</summary>
    internal static Cell FromJson(JsonNode? node, string sourceName, string where)
    {
        if (node is not JsonObject obj)
            throw new NotebookFormatException(sourceName, $"{where}: expected a cell object, found {JsonText.Describe(node)}");
        string type = JsonText.String(obj["cell_type"])
            ?? throw new NotebookFormatException(sourceName, $"{where}: expected a string \"cell_type\", found {JsonText.Describe(obj["cell_type"])}");
        if (type is not ("code" or "markdown" or "raw"))
            throw new NotebookFormatException(sourceName, $"{where}: expected cell_type code, markdown or raw, found \"{type}\"");
        if (!obj.ContainsKey("source"))
            throw new NotebookFormatException(sourceName, $"{where}: expected a \"source\" (string or array of strings), found none");
        var cell = new Cell
        {
            CellType = type,
            Source = JsonText.ReadMultiline(obj["source"])
                ?? throw new NotebookFormatException(sourceName, $"{where}: expected \"source\" as a string or array of strings, found {JsonText.Describe(obj["source"])}"),
            Metadata = obj["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : new JsonObject(),
            Id = JsonText.String(obj["id"]),
            Extra = JsonText.Extras(obj, KnownKeys),
        };
        if (type == "code")
        {
            if (obj["execution_count"] is JsonValue cv && cv.TryGetValue(out int count))
                cell.ExecutionCount = count;
            if (obj["outputs"] is JsonArray outputs)
            {
                for (int i = 0; i < outputs.Count; i++)
                    cell.Outputs.Add(CellOutput.FromJson(outputs[i], sourceName, $"{where}, output {i + 1}"));
            }
            else if (obj["outputs"] is not null)
            {
                throw new NotebookFormatException(sourceName, $"{where}: expected \"outputs\" as an array, found {JsonText.Describe(obj["outputs"])}");
            }
        }
        return cell;
    }

    /// <summary>Writes the cell as nbformat 4 JSON; <paramref name="withOutputs"/> false clears outputs and counts.</summary>
    internal JsonObject ToJson(bool withOutputs, string? fallbackId)
    {
        var obj = (JsonObject)Extra.DeepClone();
        obj["cell_type"] = CellType;
        if ((Id ?? fallbackId) is { } id)
            obj["id"] = id;
        obj["metadata"] = Metadata.DeepClone();
        obj["source"] = JsonText.WriteMultiline(Source);
        if (IsCode)
        {
            obj["execution_count"] = withOutputs ? ExecutionCount : null;
            obj["outputs"] = withOutputs
                ? new JsonArray([.. Outputs.Select(o => (JsonNode?)o.ToJson())])
                : new JsonArray();
        }
        else
        {
            obj.Remove("outputs");
            obj.Remove("execution_count");
        }
        return JsonText.Sorted(obj);
    }
}
