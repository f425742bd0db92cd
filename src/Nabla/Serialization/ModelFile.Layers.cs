namespace Nabla;

public static partial class ModelFile
{
    /// <summary>
    /// One kind of layer the format knows: the "type" the file names it by, the hyper-parameters written with it,
    /// how to build it from them, and the parameters it has. <see cref="Sequential"/>, which nests a layer list, is
    /// the one kind not in <see cref="LayerKinds"/>.
    /// </summary>
    /// <param name="Class">The layer's class; its name is the "type" in the file.</param>
    /// <param name="Fields">The hyper-parameters' names in the file, in the order they are written.</param>
    /// <param name="Values">A layer's hyper-parameters, in the order of <paramref name="Fields"/> (whole numbers as doubles).</param>
    /// <param name="Build">Makes a layer from its hyper-parameters, with a generator for a Dropout; its weights are then overwritten by the file's.</param>
    /// <param name="Parameters">The parameters a layer with these hyper-parameters has, in <see cref="Module.Parameters"/> order, made as they are read (a damaged count cannot make a huge list).</param>
    internal sealed record LayerKind(
        Type Class,
        string[] Fields,
        Func<Module, double[]> Values,
        Func<double[], Func<Random>, Module> Build,
        Func<double[], IEnumerable<LayerParameter>> Parameters)
    {
        /// <summary>The name the file gives the layer: its class name.</summary>
        public string Type => Class.Name;
    }

    /// <summary>A parameter a layer has: its role ("weight", "bias"), its name within the layer ("W", "b1"), its shape.</summary>
    internal readonly record struct LayerParameter(string Role, string Name, int Rows, int Columns);

    /// <summary>The one table of the layers a model file can hold (and <see cref="Sequential"/>), in the order error messages list them.</summary>
    internal static readonly LayerKind[] LayerKinds =
    [
        Kind<Linear>(["inFeatures", "outFeatures"], l => [l.InFeatures, l.OutFeatures],
            (v, _) => new Linear(Whole(v[0]), Whole(v[1]), new Random(0)), v => Affine("", v[0], v[1])),
        Kind<Maxout>(["inFeatures", "outFeatures", "pieces"], m => [m.InFeatures, m.OutFeatures, m.Pieces.Count],
            (v, _) => new Maxout(Whole(v[0]), Whole(v[1]), Whole(v[2]), new Random(0)),
            v => Enumerable.Range(1, Whole(v[2])).SelectMany(k => Affine(k.ToString(System.Globalization.CultureInfo.InvariantCulture), v[0], v[1]))),
        Kind<Dropout>(["p"], d => [d.P], (v, random) => new Dropout(v[0], random())),
        Kind<Flatten>(["height", "width"], f => [f.Height, f.Width], (v, _) => new Flatten(Whole(v[0]), Whole(v[1]))),
        Kind<Relu>([], _ => [], (_, _) => new Relu()),
        Kind<Tanh>([], _ => [], (_, _) => new Tanh()),
        Kind<Sigmoid>([], _ => [], (_, _) => new Sigmoid()),
        Kind<LeakyRelu>(["slope"], r => [r.Slope], (v, _) => new LeakyRelu(v[0])),
        Kind<Elu>(["alpha"], e => [e.Alpha], (v, _) => new Elu(v[0])),
        Kind<Gelu>([], _ => [], (_, _) => new Gelu()),
        Kind<Silu>([], _ => [], (_, _) => new Silu()),
        Kind<Softmax>([], _ => [], (_, _) => new Softmax()),
        Kind<LogSoftmax>([], _ => [], (_, _) => new LogSoftmax()),
        Kind<Identity>([], _ => [], (_, _) => new Identity()),
    ];

    private static readonly string SupportedLayers = string.Join(", ", LayerKinds.Select(k => k.Type)) + ", " + nameof(Sequential);

    /// <summary>The kind of <paramref name="layer"/>, or null for a Sequential or a layer the format does not know.</summary>
    internal static LayerKind? KindOf(Module layer) => Array.Find(LayerKinds, k => k.Class == layer.GetType());

    /// <summary>The kind the file calls <paramref name="type"/>, or null for "Sequential" or an unknown type.</summary>
    internal static LayerKind? KindOf(string? type) => Array.Find(LayerKinds, k => k.Type == type);

    private static LayerKind Kind<TLayer>(
        string[] fields, Func<TLayer, double[]> values, Func<double[], Func<Random>, TLayer> build, Func<double[], IEnumerable<LayerParameter>>? parameters = null)
        where TLayer : Module =>
        new(typeof(TLayer), fields, m => values((TLayer)m), (v, random) => build(v, random), parameters ?? (_ => []));

    /// <summary>The weight W (in, out) and bias b (1, out) of an affine map, their names ending in <paramref name="suffix"/>.</summary>
    private static LayerParameter[] Affine(string suffix, double inFeatures, double outFeatures) =>
        [new("weight", "W" + suffix, Whole(inFeatures), Whole(outFeatures)), new("bias", "b" + suffix, 1, Whole(outFeatures))];

    /// <summary>A hyper-parameter that counts something, as an int.</summary>
    /// <exception cref="FormatException">It is not a whole number that fits an int.</exception>
    private static int Whole(double value) => value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
        ? (int)value
        : throw new FormatException($"expected a whole number, found {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
