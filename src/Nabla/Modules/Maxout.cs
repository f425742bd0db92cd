namespace Nabla;

/// <summary>
/// Maxout: k linear pieces of the same input, and each output is the largest of its k candidates.
/// (N, in) -> (N, out). Notebook 04.
/// </summary>
/// <remarks>
/// z_k = x W_k + b_k for k = 1..k (each (N, out)), y = max_k z_k entry by entry. A maxout unit is a
/// learned convex piecewise-linear activation (ReLU is max(x w, 0), the case k = 2 with one piece zero).
/// The derivative sends each entry's gradient to the piece that won it and 0 to the others; the max of
/// two is composed as Where(a &gt; b, a, b) with the comparison a constant mask, so no new primitive is needed.
/// At an exact tie the later piece wins (it has zero measure with real-valued weights). A NaN candidate wins
/// (the output is NaN, as with PyTorch's torch.maximum), so a NaN is never hidden behind a finite piece.
/// </remarks>
public sealed class Maxout : Module
{
    private readonly Linear[] pieces;

    /// <summary>Creates <paramref name="pieces"/> linear pieces, each initialized like <see cref="Linear"/>.</summary>
    /// <param name="inFeatures">Inputs per example.</param>
    /// <param name="outFeatures">Outputs per example.</param>
    /// <param name="pieces">How many linear pieces compete for every output (k &gt;= 1; k = 1 is a plain Linear).</param>
    /// <param name="rng">The seeded source of the initial weights (piece 1 first).</param>
    /// <param name="init">How to draw each W_k (biases then start at zero); null for the Linear default.</param>
    public Maxout(int inFeatures, int outFeatures, int pieces, Random rng, Initializer? init = null)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (pieces < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pieces), pieces, $"Maxout expects at least 1 piece, got {pieces}.");
        }

        this.pieces = new Linear[pieces];
        for (var k = 0; k < pieces; k++)
        {
            this.pieces[k] = new Linear(inFeatures, outFeatures, rng, init);
        }
    }

    /// <summary>Inputs per example.</summary>
    public int InFeatures => pieces[0].InFeatures;

    /// <summary>Outputs per example.</summary>
    public int OutFeatures => pieces[0].OutFeatures;

    /// <summary>The linear pieces (W_k, b_k), k = 1..k.</summary>
    public IReadOnlyList<Linear> Pieces => pieces;

    /// <summary>y = max_k (x W_k + b_k), entry by entry: (N, in) -> (N, out).</summary>
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Columns != InFeatures)
        {
            throw new ArgumentException($"{this} expects {InFeatures} columns, got {x.Columns} (input shape {x.Shape}).", nameof(x));
        }

        var y = pieces[0].Forward(x);                           // (N, out)
        for (var k = 1; k < pieces.Length; k++)
        {
            var z = pieces[k].Forward(x);                       // (N, out)
            var yWins = y.Data.Map2((a, c) => a > c || double.IsNaN(a) ? 1.0 : 0.0, z.Data); // constant mask; NaN wins, as in torch.maximum
            y = Tensor.Where(yWins, y, z);
        }

        return y;
    }

    /// <summary>W_1, b_1, W_2, b_2, ...</summary>
    public override IEnumerable<Tensor> Parameters() => pieces.SelectMany(p => p.Parameters());

    /// <summary>"Maxout(in->out, pieces=k)".</summary>
    public override string ToString() => $"Maxout({InFeatures}->{OutFeatures}, pieces={pieces.Length})";
}
