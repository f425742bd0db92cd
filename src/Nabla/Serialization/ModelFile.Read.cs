using System.Text.Json;

namespace Nabla;

public static partial class ModelFile
{
    /// <summary>Reads the JSON line: the layer list and the parameter shapes.</summary>
    private static (JsonElement Layers, ParameterShape[] Shapes) ParseHeader(string json, string path)
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

                return new ParameterShape(p.GetProperty("name").GetString() ?? "", rows, columns);
            }).ToArray();
            return (root.GetProperty("layers").Clone(), shapes);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new ModelFileException(path, $"damaged header: expected the architecture as JSON with 'layers' and 'parameters', found an error ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Checks that the header agrees with itself: the parameters its layers need (a Linear(2->3) needs W (2, 3) and
    /// b (1, 3)) are exactly the names and shapes its parameter list gives, in order. The checksum cannot be
    /// verified before the weights are located, and they are located by these shapes: so one changed digit in
    /// the header would otherwise be reported as a file of the wrong length ("truncated").
    /// </summary>
    private static void RequireConsistentHeader(JsonElement layers, ParameterShape[] shapes, string path)
    {
        try
        {
            RequireShapes(ShapesOf(layers, ""), shapes, path, "damaged header, wrong shape");   // lazily: a damaged count cannot make a huge list
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ModelFileException(path, $"damaged header: expected every layer with its hyper-parameters, found an error ({e.Message}).", e);
        }
    }

    /// <summary>The parameters a layer list needs, named as <see cref="NamedParameters"/> names them, without building the layers.</summary>
    private static IEnumerable<ParameterShape> ShapesOf(JsonElement layers, string prefix)
    {
        var i = 0;
        foreach (var layer in layers.EnumerateArray())
        {
            var at = prefix + i++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var type = layer.GetProperty("type").GetString();
            var shapes = type == nameof(Sequential)
                ? ShapesOf(layer.GetProperty("layers"), at + ".")
                : KindOf(type) is { } kind
                    ? kind.Parameters(FieldValues(layer, kind)).Select(p => new ParameterShape($"{at}.{p.Name}", p.Rows, p.Columns))
                    : [];
            foreach (var shape in shapes)
            {
                yield return shape;
            }
        }
    }

    /// <summary>Throws unless <paramref name="actual"/> (what the architecture needs) equals <paramref name="listed"/> (what the file lists).</summary>
    private static void RequireShapes(IEnumerable<ParameterShape> actual, ParameterShape[] listed, string path, string problem)
    {
        var k = 0;
        foreach (var shape in actual)
        {
            if (k >= listed.Length || shape != listed[k])
            {
                throw Mismatch(shape.ToString(), k);
            }

            k++;
        }

        if (k < listed.Length)
        {
            throw Mismatch("(none)", k);
        }

        ModelFileException Mismatch(string expected, int position) => new(path,
            $"{problem}: the architecture expects parameter {expected} at position {position}, " +
            $"the file lists {(position < listed.Length ? listed[position] : "(none)")}.");
    }

    /// <summary>Builds the model the header describes and checks that its parameters have the listed names and shapes.</summary>
    private static Sequential BuildModel(JsonElement layers, ParameterShape[] shapes, string path, int dropoutSeed)
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

        RequireShapes(NamedParameters(model, "").Select(p => new ParameterShape(p.Name, p.Tensor.Rows, p.Tensor.Columns)), shapes, path, "wrong shape");
        return model;
    }

    /// <summary>The hyper-parameters a layer's JSON gives for <paramref name="kind"/>, in the order of its fields.</summary>
    private static double[] FieldValues(JsonElement layer, LayerKind kind) =>
        Array.ConvertAll(kind.Fields, field => layer.GetProperty(field).GetDouble());

    private static Sequential ReadSequential(JsonElement layers, ref int dropouts, int dropoutSeed)
    {
        var modules = new List<Module>();
        foreach (var layer in layers.EnumerateArray())
        {
            var type = layer.GetProperty("type").GetString();
            if (type == nameof(Sequential))
            {
                modules.Add(ReadSequential(layer.GetProperty("layers"), ref dropouts, dropoutSeed));
                continue;
            }

            var kind = KindOf(type) ?? throw new FormatException($"layer {modules.Count} has type '{type}', expected one of {SupportedLayers}");
            var k = dropouts;
            modules.Add(kind.Build(FieldValues(layer, kind), () => new Random(dropoutSeed + k)));
            dropouts += kind.Class == typeof(Dropout) ? 1 : 0;          // the k-th Dropout in file order gets Random(dropoutSeed + k)
        }

        return new Sequential([.. modules]);
    }
}
