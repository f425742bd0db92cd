using System.Text;

namespace Nabla;

/// <summary>
/// A chain of modules applied one after another: the network y = f_L(...f_2(f_1(x))). Notebook 01.
/// </summary>
/// <remarks>
/// Backprop through the chain is the chain rule, and it needs no code here: layers have no backward of their own.
/// Forward records each operation of each layer on the tensors, and <see cref="Tensor.Backward"/> on the loss runs
/// those operations' backward rules in reverse, so the gradient reaches each layer from the layer after it. <see cref="Parameters"/> concatenates the layers' parameters in order (W1, b1, W2, b2, ...),
/// the order optimizers and model files use. <see cref="Save"/> and <see cref="Load(string)"/> write and read
/// the documented model file format (see <see cref="ModelFile"/>). Notebook 09 saves and reloads a classifier.
/// </remarks>
public sealed class Sequential : Module
{
    private readonly Module[] layers;

    /// <summary>Chains <paramref name="layers"/> in the given order.</summary>
    /// <exception cref="ArgumentException">No layers, or a null layer.</exception>
    public Sequential(params Module[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Length == 0)
        {
            throw new ArgumentException("Sequential expects at least one layer, got none.", nameof(layers));
        }

        var missing = Array.FindIndex(layers, l => l is null);
        if (missing >= 0)
        {
            throw new ArgumentException($"Sequential expects a module at every position, got null at position {missing}.", nameof(layers));
        }

        this.layers = (Module[])layers.Clone();
    }

    /// <summary>The layers, in order.</summary>
    public IReadOnlyList<Module> Layers => layers;

    /// <summary>The number of layers.</summary>
    public int Count => layers.Length;

    /// <summary>The layer at <paramref name="index"/> (0 is applied first).</summary>
    public Module this[int index] => layers[index];

    /// <summary>Applies every layer in order: (N, D_in) -> (N, D_out).</summary>
    public override Tensor Forward(Tensor x)
    {
        foreach (var layer in layers)
        {
            x = layer.Forward(x);
        }

        return x;
    }

    /// <summary>Every layer's parameters, layer by layer.</summary>
    public override IEnumerable<Tensor> Parameters() => layers.SelectMany(l => l.Parameters());

    /// <summary>The layers.</summary>
    public override IEnumerable<Module> Children() => layers;

    /// <summary>Writes this model to <paramref name="path"/> atomically (see <see cref="ModelFile.Save"/>).</summary>
    public void Save(string path) => ModelFile.Save(this, path);

    /// <summary>Reads a model written by <see cref="Save"/> (see <see cref="ModelFile.Load(string, int)"/>).</summary>
    public static Sequential Load(string path) => ModelFile.Load(path);

    /// <summary>
    /// Reads a model written by <see cref="Save"/> and checks that it has the architecture of <paramref name="expected"/>
    /// (same layers, parameter shapes and hyper-parameters), naming the first difference otherwise
    /// (see <see cref="ModelFile.Load(string, Sequential, int)"/>). <paramref name="expected"/> itself is not changed.
    /// </summary>
    public static Sequential Load(string path, Sequential expected) => ModelFile.Load(path, expected);

    /// <summary>One line per layer, as PyTorch prints a Sequential.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("Sequential(").AppendLine();
        for (var i = 0; i < layers.Length; i++)
        {
            var inner = layers[i].ToString()!.Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal);
            text.Append("  (").Append(i).Append("): ").AppendLine(inner);
        }

        return text.Append(')').ToString();
    }
}
