namespace Nabla;

/// <summary>
/// A fully connected (affine) layer: every output is a weighted sum of every input plus a bias.
/// (N, in) -> (N, out). Notebook 01.
/// </summary>
/// <remarks>
/// y = x W + b, with x (N, in), W (in, out) and b (1, out) added to every row. Composed from primitives,
/// so backprop gives dL/dx = dL/dy W^T, dL/dW = x^T dL/dy and dL/db = the column sums of dL/dy
/// (the bias was broadcast over N rows). Default initialization is PyTorch's nn.Linear:
/// W and b uniform on (-1/sqrt(in), 1/sqrt(in)); pass an <see cref="Initializer"/> to choose another
/// scheme for W (the bias then starts at zero). Notebook 05 compares the schemes.
/// </remarks>
public sealed class Linear : Module
{
    /// <summary>Creates the layer and initializes its weights from <paramref name="rng"/>.</summary>
    /// <param name="inFeatures">Number of inputs per example (columns of x).</param>
    /// <param name="outFeatures">Number of outputs per example.</param>
    /// <param name="rng">The seeded source of the initial weights (W is filled row by row, then b).</param>
    /// <param name="init">How to draw W, e.g. <c>Init.HeNormal</c>; null for PyTorch's default (W and b uniform).</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public Linear(int inFeatures, int outFeatures, Random rng, Initializer? init = null)
    {
        ArgumentNullException.ThrowIfNull(rng);
        Init.CheckFans(inFeatures, outFeatures);
        InFeatures = inFeatures;
        OutFeatures = outFeatures;
        if (init is null)
        {
            W = new Tensor(Init.LinearDefault(inFeatures, outFeatures, rng), requiresGrad: true) { Label = "W" };
            var k = 1.0 / Math.Sqrt(inFeatures);
            b = new Tensor(Init.Uniform(-k, k)(1, outFeatures, rng), requiresGrad: true) { Label = "b" };
        }
        else
        {
            var w = init(inFeatures, outFeatures, rng);
            if (w.RowCount != inFeatures || w.ColumnCount != outFeatures)
            {
                throw new ArgumentException(
                    $"The initializer must return a ({inFeatures}, {outFeatures}) matrix for {this}, got ({w.RowCount}, {w.ColumnCount}).",
                    nameof(init));
            }

            W = new Tensor(w, requiresGrad: true) { Label = "W" };
            b = Tensor.Zeros(1, outFeatures, requiresGrad: true);
            b.Label = "b";
        }
    }

    /// <summary>Number of inputs per example.</summary>
    public int InFeatures { get; }

    /// <summary>Number of outputs per example.</summary>
    public int OutFeatures { get; }

    /// <summary>The weights, (in, out): column j holds the weights of output unit j.</summary>
    public Tensor W { get; }

    /// <summary>The bias, (1, out), added to every example.</summary>
#pragma warning disable IDE1006 // the math's name: y = x W + b
    public Tensor b { get; }
#pragma warning restore IDE1006

    /// <summary>y = x W + b: (N, in) -> (N, out).</summary>
    /// <exception cref="ArgumentException">x does not have <see cref="InFeatures"/> columns.</exception>
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Columns != InFeatures)
        {
            throw new ArgumentException($"{this} expects {InFeatures} columns, got {x.Columns} (input shape {x.Shape}).", nameof(x));
        }

        return x.MatMul(W) + b; // (N, in) x (in, out) + (1, out) -> (N, out)
    }

    /// <summary>W, then b.</summary>
    public override IEnumerable<Tensor> Parameters() => [W, b];

    /// <summary>"Linear(in->out)".</summary>
    public override string ToString() => $"Linear({InFeatures}->{OutFeatures})";
}
