using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Inverted dropout: in training each unit is zeroed with probability p and the survivors are scaled
/// by 1/(1 - p); in evaluation mode it is the identity. Shape-preserving (N, D) -> (N, D). Notebook 07.
/// </summary>
/// <remarks>
/// y = x * m with a fresh constant mask m per call, m_ij = 1/(1 - p) with probability 1 - p and 0 otherwise,
/// so E[y] = x: the expected activation is the same in training and evaluation, which is why nothing has
/// to be rescaled at inference. dy/dx = m (a dropped unit passes no gradient). Dropping random units stops
/// them from co-adapting and acts like training an ensemble of thinned networks, which reduces overfitting.
/// </remarks>
public sealed class Dropout : Module
{
    private readonly Random rng;

    /// <summary>Creates the layer.</summary>
    /// <param name="p">The probability of dropping each unit, in [0, 1).</param>
    /// <param name="rng">The seeded source of the masks (one NextDouble per unit, row by row).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1).</exception>
    public Dropout(double p, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (!(p >= 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p,
                $"Dropout expects a drop probability p in [0, 1), got {p} (p = 1 would drop every unit).");
        }

        P = p;
        this.rng = rng;
    }

    /// <summary>The probability of dropping each unit.</summary>
    public double P { get; }

    /// <summary>In training: x times a fresh random mask; in evaluation (or with p = 0): x itself.</summary>
    public override Tensor Forward(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!IsTraining || P == 0)
        {
            return x;
        }

        return x * new Tensor(SampleMask(x.Rows, x.Columns)); // (N, D) * constant (N, D)
    }

    /// <summary>
    /// Draws one mask: each entry is 1/(1 - p) with probability 1 - p and 0 with probability p.
    /// Exposed so a notebook can show which units a forward pass would drop.
    /// </summary>
    public Matrix<double> SampleMask(int rows, int columns)
    {
        var keep = 1.0 / (1.0 - P);
        var mask = Matrix<double>.Build.Dense(rows, columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                mask[i, j] = rng.NextDouble() < P ? 0.0 : keep;
            }
        }

        return mask;
    }

    /// <summary>"Dropout(p=...)".</summary>
    public override string ToString() => FormattableString.Invariant($"Dropout(p={P})");
}
