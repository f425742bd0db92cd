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
            switch (layer)
            {
                case Linear l: json.WriteNumber("inFeatures", l.InFeatures); json.WriteNumber("outFeatures", l.OutFeatures); break;
                case Maxout m:
                    json.WriteNumber("inFeatures", m.InFeatures);
                    json.WriteNumber("outFeatures", m.OutFeatures);
                    json.WriteNumber("pieces", m.Pieces.Count);
                    break;
                case Dropout d: json.WriteNumber("p", d.P); break;
                case Flatten f: json.WriteNumber("height", f.Height); json.WriteNumber("width", f.Width); break;
                case LeakyRelu r: json.WriteNumber("slope", r.Slope); break;
                case Elu e: json.WriteNumber("alpha", e.Alpha); break;
                case Sequential s: json.WritePropertyName("layers"); WriteLayers(json, s, path); break;
                case Relu or Tanh or Sigmoid or Gelu or Silu or Softmax or LogSoftmax or Identity: break;
                default:
                    throw new ModelFileException(path,
                        $"cannot save layer {layer} ({layer.GetType().Name}): expected one of the supported layers {SupportedLayers}.");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private const string SupportedLayers =
        "Linear, Maxout, Dropout, Flatten, Relu, Tanh, Sigmoid, LeakyRelu, Elu, Gelu, Silu, Softmax, LogSoftmax, Identity, Sequential";

    /// <summary>Every parameter with its file name: "0.W", "0.b", "2.W1", "3.1.b" (layer path, then the tensor).</summary>
    internal static IEnumerable<(string Name, Tensor Tensor)> NamedParameters(Sequential model, string prefix)
    {
        for (var i = 0; i < model.Count; i++)
        {
            var at = prefix + i.ToString(CultureInfo.InvariantCulture);
            var named = model[i] switch
            {
                Linear l => [(at + ".W", l.W), (at + ".b", l.b)],
                Maxout m => m.Pieces.SelectMany((l, k) => new[] { ($"{at}.W{k + 1}", l.W), ($"{at}.b{k + 1}", l.b) }),
                Sequential s => NamedParameters(s, at + "."),
                _ => Enumerable.Empty<(string, Tensor)>(),
            };
            foreach (var item in named)
            {
                yield return item;
            }
        }
    }
}
