using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nabla;

public static partial class ModelFile
{
    /// <summary>A parameter as listed in the header: its name and shape.</summary>
    private readonly record struct ParameterShape(string Name, int Rows, int Columns)
    {
        public override string ToString() => $"{Name} ({Rows}, {Columns})";
    }

    /// <summary>The header's JSON line: the layers with their hyper-parameters and every parameter's name and shape.</summary>
    private static string ArchitectureJson(Sequential model, string path)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("layers");
            WriteLayers(json, model, path);
            json.WriteStartArray("parameters");
            foreach (var (name, p) in NamedParameters(model, ""))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteStartArray("shape");
                json.WriteNumberValue(p.Rows);
                json.WriteNumberValue(p.Columns);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLayers(Utf8JsonWriter json, Sequential model, string path)
    {
        json.WriteStartArray();
        foreach (var layer in model.Layers)
        {
            json.WriteStartObject();
            json.WriteString("type", layer.GetType().Name);
            if (layer is Sequential s)
            {
                json.WritePropertyName("layers");
                WriteLayers(json, s, path);
            }
            else
            {
                var kind = KindOf(layer) ?? throw new ModelFileException(path,
                    $"cannot save layer {layer} ({layer.GetType().Name}): expected one of the supported layers {SupportedLayers}.");
                foreach (var (field, value) in kind.Fields.Zip(kind.Values(layer)))
                {
                    json.WriteNumber(field, value);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Every parameter with its file name: "0.W", "0.b", "2.W1", "3.1.b" (layer path, then the tensor).</summary>
    internal static IEnumerable<(string Name, Tensor Tensor)> NamedParameters(Sequential model, string prefix)
    {
        for (var i = 0; i < model.Count; i++)
        {
            var at = prefix + i.ToString(CultureInfo.InvariantCulture);
            var named = model[i] is Sequential s
                ? NamedParameters(s, at + ".")
                : LayerParameters(model[i]).Select(p => ($"{at}.{p.Name}", p.Tensor));
            foreach (var item in named)
            {
                yield return item;
            }
        }
    }
}
