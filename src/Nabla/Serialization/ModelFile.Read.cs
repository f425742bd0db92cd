using System.Text.Json;

namespace Nabla;

public static partial class ModelFile
{
    /// <summary>Reads the JSON line: the layer list and the parameter shapes.</summary>
    private static (JsonElement Layers, Shape[] Shapes) ParseHeader(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var shapes = root.GetProperty("parameters").EnumerateArray().Select(p =>
            {
                var shape = p.GetProperty("shape");
                var (rows, columns) = (shape[0].GetInt32(), shape[1].GetInt32());
                if (shape.GetArrayLength() != 2 || rows < 1 || columns < 1)
                {
                    throw new FormatException($"expected a shape [rows, columns] of positive numbers, found {shape.GetRawText()}");
                }

                return new Shape(p.GetProperty("name").GetString() ?? "", rows, columns);
            }).ToArray();
            return (root.GetProperty("layers").Clone(), shapes);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new ModelFileException(path, $"damaged header: expected the architecture as JSON with 'layers' and 'parameters', found an error ({e.Message}).", e);
        }
    }

    /// <summary>Builds the model the header describes and checks that its parameters have the listed names and shapes.</summary>
    private static Sequential BuildModel(JsonElement layers, Shape[] shapes, string path, int dropoutSeed)
    {
        var dropouts = 0;
        Sequential model;
        try
        {
            model = ReadSequential(layers, ref dropouts, dropoutSeed);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ModelFileException(path, $"invalid architecture: {e.Message}", e);
        }

        var actual = NamedParameters(model, "").Select(p => new Shape(p.Name, p.Tensor.Rows, p.Tensor.Columns)).ToArray();
        if (!actual.SequenceEqual(shapes))
        {
            var k = Enumerable.Range(0, Math.Max(actual.Length, shapes.Length))
                .First(i => i >= actual.Length || i >= shapes.Length || actual[i] != shapes[i]);
            throw new ModelFileException(path,
                $"wrong shape: the architecture expects parameter {(k < actual.Length ? actual[k] : "(none)")} " +
                $"at position {k}, the file lists {(k < shapes.Length ? shapes[k] : "(none)")}.");
        }

        return model;
    }

    private static Sequential ReadSequential(JsonElement layers, ref int dropouts, int dropoutSeed)
    {
        var modules = new List<Module>();
        foreach (var layer in layers.EnumerateArray())
        {
            var type = layer.GetProperty("type").GetString();
            int Int(string name) => layer.GetProperty(name).GetInt32();
            double Number(string name) => layer.GetProperty(name).GetDouble();
            var unused = new Random(0); // initial weights are overwritten by the file's
            Module module = type switch
            {
                "Linear" => new Linear(Int("inFeatures"), Int("outFeatures"), unused),
                "Maxout" => new Maxout(Int("inFeatures"), Int("outFeatures"), Int("pieces"), unused),
                "Dropout" => new Dropout(Number("p"), new Random(dropoutSeed + dropouts++)),
                "Flatten" => new Flatten(Int("height"), Int("width")),
                "LeakyRelu" => new LeakyRelu(Number("slope")),
                "Elu" => new Elu(Number("alpha")),
                "Relu" => new Relu(),
                "Tanh" => new Tanh(),
                "Sigmoid" => new Sigmoid(),
                "Gelu" => new Gelu(),
                "Silu" => new Silu(),
                "Softmax" => new Softmax(),
                "LogSoftmax" => new LogSoftmax(),
                "Identity" => new Identity(),
                "Sequential" => ReadSequential(layer.GetProperty("layers"), ref dropouts, dropoutSeed),
                _ => throw new FormatException($"layer {modules.Count} has type '{type}', expected one of {SupportedLayers}"),
            };
            modules.Add(module);
        }

        return new Sequential([.. modules]);
    }
}
