using System.Globalization;

namespace Nabla;

public static partial class ModelFile
{
    /// <summary>
    /// Reads a model written by <see cref="Save"/> and checks that it is the network <paramref name="expected"/>
    /// describes: the same layers in the same order, with the same parameter shapes and hyper-parameters. Notebook 09.
    /// </summary>
    /// <remarks>
    /// A model file carries its own architecture, so <see cref="Load(string, int)"/> accepts any valid model, even one
    /// with a 2x2 weight where your code expects 2x3. When the code goes on to use the model as a particular network
    /// (feeds it 784 pixels, reads 10 logits), pass that network: a file for another architecture then fails at once,
    /// naming the first difference ("expected layer 2 (Linear) weight 2.W of shape 2x3, found 2x2"), instead of later
    /// with a puzzling shape error, or not at all. <paramref name="expected"/> is only compared, never changed (its
    /// weights do not matter); the model returned is a new one with the file's weights, in evaluation mode.
    /// </remarks>
    /// <param name="path">The model file.</param>
    /// <param name="expected">A network of the expected architecture, e.g. built by the same code that trained the saved one.</param>
    /// <param name="dropoutSeed">The k-th Dropout layer gets <c>new Random(dropoutSeed + k)</c>.</param>
    /// <exception cref="ModelFileException">The file cannot be loaded (see <see cref="Load(string, int)"/>), or holds another architecture.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    public static Sequential Load(string path, Sequential expected, int dropoutSeed = 0)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var model = Load(path, dropoutSeed);
        RequireArchitecture(expected, model, "", path);
        return model;
    }

    /// <summary>Compares two chains layer by layer (nested chains are numbered "3.1"), throwing at the first difference.</summary>
    private static void RequireArchitecture(Sequential expected, Sequential found, string prefix, string path)
    {
        var chain = prefix.Length == 0 ? "the model" : $"layer {prefix.TrimEnd('.')}";
        for (var i = 0; i < Math.Max(expected.Count, found.Count); i++)
        {
            var at = prefix + i.ToString(CultureInfo.InvariantCulture);
            if (i >= found.Count || i >= expected.Count)
            {
                throw new ModelFileException(path, i >= found.Count
                    ? $"expected layer {at} ({Describe(expected[i])}), found none: {chain} in the file has {found.Count} layers, {expected.Count} were expected."
                    : $"expected {expected.Count} layers in {chain}, found {found.Count}: layer {at} ({Describe(found[i])}) is extra.");
            }

            var (e, f) = (expected[i], found[i]);
            if (e.GetType() != f.GetType())
            {
                throw new ModelFileException(path, $"expected layer {at} to be {Describe(e)}, found {Describe(f)}.");
            }

            if (e is Sequential inner)
            {
                RequireArchitecture(inner, (Sequential)f, at + ".", path);
                continue;
            }

            foreach (var (want, have) in LayerParameters(e).Zip(LayerParameters(f)))
            {
                if (want.Tensor.Rows != have.Tensor.Rows || want.Tensor.Columns != have.Tensor.Columns)
                {
                    throw new ModelFileException(path,
                        $"expected layer {at} ({e.GetType().Name}) {want.Role} {at}.{want.Name} of shape {want.Tensor.Rows}x{want.Tensor.Columns}, " +
                        $"found {have.Tensor.Rows}x{have.Tensor.Columns}.");
                }
            }

            if (e.ToString() != f.ToString())           // hyper-parameters: Dropout(p=0.5), Maxout(2->3, pieces=2), ...
            {
                throw new ModelFileException(path, $"expected layer {at} to be {e}, found {f}.");
            }
        }
    }

    /// <summary>A layer's parameters with their role and file name: Linear's W (weight) and b (bias), Maxout's W1, b1, W2, ...</summary>
    /// <remarks>Empty for a Sequential (its layers have the parameters) and for a layer the format does not know.</remarks>
    internal static IEnumerable<(string Role, string Name, Tensor Tensor)> LayerParameters(Module layer) =>
        KindOf(layer) is { } kind
            ? kind.Parameters(kind.Values(layer)).Zip(layer.Parameters(), (shape, tensor) => (shape.Role, shape.Name, tensor))
            : [];

    /// <summary>A layer in one line: "Linear(2->3)", or "Sequential of 3 layers" (whose own printout spans lines).</summary>
    private static string Describe(Module layer) => layer is Sequential s ? $"Sequential of {s.Count} layers" : layer.ToString()!;
}
