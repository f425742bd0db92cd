using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>JSON helpers shared by the notebook reader and writer (Jupyter conventions).</summary>
internal static class JsonText
{
    /// <summary>Writer options matching Jupyter's output: one-space indent, no needless escaping.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The node's string value, or null when it is not a JSON string.</summary>
    public static string? String(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>Follows object keys from <paramref name="node"/>; null when a step is missing or not an object.</summary>
    public static JsonNode? At(JsonNode? node, params string[] keys)
    {
        foreach (var key in keys)
            node = node is JsonObject obj ? obj[key] : null;
        return node;
    }

    /// <summary>Reads an nbformat "multiline string": a string or an array of strings.</summary>
    public static string? ReadMultiline(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue v when v.TryGetValue(out string? s):
                return s;
            case JsonArray a:
                var sb = new StringBuilder();
                foreach (var item in a)
                {
                    if (item is not JsonValue iv || !iv.TryGetValue(out string? line))
                        return null;
                    sb.Append(line);
                }
                return sb.ToString();
            default:
                return null;
        }
    }

    /// <summary>Writes text as Jupyter does: an array of lines, each keeping its trailing newline.</summary>
    public static JsonArray WriteMultiline(string text)
    {
        var array = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            array.Add(JsonValue.Create(text[start..end]));
            start = end;
        }
        return array;
    }

    /// <summary>Describes a node for error messages: its JSON kind and a short excerpt.</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string {Excerpt(v.ToJsonString())}",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    /// <summary>Copies every property of <paramref name="source"/> whose name is not in <paramref name="known"/>.</summary>
    public static JsonObject Extras(JsonObject source, params string[] known)
    {
        var extra = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (Array.IndexOf(known, key) < 0)
                extra[key] = value?.DeepClone();
        }
        return extra;
    }

    /// <summary>Returns a copy of <paramref name="obj"/> with its top-level keys in ordinal order (as Jupyter sorts them).</summary>
    public static JsonObject Sorted(JsonObject obj)
    {
        var sorted = new JsonObject();
        foreach (var key in obj.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList())
        {
            var value = obj[key];
            obj.Remove(key);
            sorted[key] = value;
        }
        return sorted;
    }

    private static string Excerpt(string json) => json.Length <= 40 ? json : json[..37] + "...\"";
}
