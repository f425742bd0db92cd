using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// The JSON-lines protocol between the runner and its worker process. Each message is one line on
/// the worker's private report pipe (not its stdout) starting with <see cref="Prefix"/>; other lines are ignored.
/// </summary>
internal static class WorkerProtocol
{
    /// <summary>Marks protocol lines (record separator + tag).</summary>
    public const string Prefix = "\u001enabla:";

    /// <summary>Name of the hidden CLI command that runs the worker.</summary>
    public const string CommandName = "__worker";

    /// <summary>Encodes a message as one protocol line.</summary>
    public static string Encode(string kind, int cell, JsonObject? payload = null)
    {
        var message = payload ?? new JsonObject();
        message["event"] = kind;
        message["cell"] = cell;
        return Prefix + message.ToJsonString();
    }

    /// <summary>Decodes a protocol line; null for any other line.</summary>
    public static JsonObject? Decode(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        try
        {
            return JsonNode.Parse(line[Prefix.Length..]) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Outputs as a JSON array in nbformat form.</summary>
    public static JsonArray Outputs(IEnumerable<CellOutput> outputs) => new([.. outputs.Select(o => (JsonNode?)o.ToJson())]);

    /// <summary>Reads outputs written by <see cref="Outputs"/>.</summary>
    public static List<CellOutput> ReadOutputs(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select((o, i) => CellOutput.FromJson(o, "worker", $"output {i + 1}"))] : [];
}
