using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// RMSProp: divide each parameter's step by the root-mean-square of its recent gradients, optionally
/// centered and with momentum. Same update as <c>torch.optim.RMSprop</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g (entrywise):
/// <code>
/// g   = g + weightDecay * p
/// v   = alpha * v + (1 - alpha) * g^2              (decaying average of squared gradients)
/// gAv = alpha * gAv + (1 - alpha) * g              (centered only: decaying average of gradients)
/// avg = sqrt(v - gAv^2) + eps   if centered,  sqrt(v) + eps otherwise
/// b   = momentum * b + g / avg  ;  p = p - lr * b  (if momentum &gt; 0)
/// p   = p - lr * g / avg                           (otherwise)
/// </code>
/// Like Adagrad it gives each parameter its own rate (large where gradients are large), but it keeps
/// a decaying average instead of a sum, so the rate does not shrink to zero. Centered RMSProp divides
/// by an estimate of the gradient's standard deviation instead of its RMS. Notebook 06 compares them.
/// </remarks>
public sealed class RmsProp : Optimizer
{
    /// <summary>Creates RMSProp over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate, &gt;= 0.</param>
    /// <param name="alpha">Decay rate of the running averages, &gt;= 0 (0.99: about the last 100 steps).</param>
    /// <param name="eps">Added to the denominator, &gt;= 0.</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <param name="momentum">Fraction of the previous step kept, &gt;= 0 (0 = none).</param>
    /// <param name="centered">Divide by sqrt(v - gAv^2) (a variance) instead of sqrt(v).</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range.</exception>
    public RmsProp(IEnumerable<Tensor> parameters, double lr = 0.01, double alpha = 0.99, double eps = 1e-8, double weightDecay = 0, double momentum = 0, bool centered = false)
        : base(parameters, lr)
    {
        Alpha = HyperParameter.NonNegative(nameof(RmsProp), nameof(alpha), alpha);
        Eps = HyperParameter.NonNegative(nameof(RmsProp), nameof(eps), eps);
        WeightDecay = HyperParameter.NonNegative(nameof(RmsProp), nameof(weightDecay), weightDecay);
        Momentum = HyperParameter.NonNegative(nameof(RmsProp), nameof(momentum), momentum);
        Centered = centered;
        SquareAverage = ZerosLikeParameters();
        GradAverage = ZerosLikeParameters();
        Velocity = ZerosLikeParameters();
    }

    /// <summary>Decay rate of the running averages.</summary>
    public double Alpha { get; }

    /// <summary>Small constant added to the denominator.</summary>
    public double Eps { get; }

    /// <summary>L2 penalty coefficient: weightDecay * p is added to every gradient.</summary>
    public double WeightDecay { get; }

    /// <summary>Fraction of the previous step kept (0 = no momentum).</summary>
    public double Momentum { get; }

    /// <summary>Whether the denominator uses the gradient's variance sqrt(v - gAv^2) rather than sqrt(v).</summary>
    public bool Centered { get; }

    /// <summary>v: the decaying average of squared gradients of each parameter (torch's square_avg), updated in place.</summary>
    public Matrix<double>[] SquareAverage { get; }

    /// <summary>gAv: the decaying average of gradients of each parameter (torch's grad_avg; zeros unless centered), updated in place.</summary>
    public Matrix<double>[] GradAverage { get; }

    /// <summary>b: the momentum buffer of each parameter (torch's momentum_buffer; zeros without momentum), updated in place.</summary>
    public Matrix<double>[] Velocity { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        g = WithWeightDecay(i, p, g, WeightDecay);                          // g = g + weightDecay * p
        var (pv, gv, v, gAv, b) = (Values(p), Values(g), Values(SquareAverage[i]), Values(GradAverage[i]), Values(Velocity[i]));
        double lr = LearningRate, alpha = Alpha, eps = Eps, momentum = Momentum;
        var centered = Centered;
        for (var k = 0; k < pv.Length; k++)
        {
            v[k] = alpha * v[k] + (1 - alpha) * (gv[k] * gv[k]);            // v = alpha * v + (1 - alpha) * g^2
            double avg;
            if (centered)
            {
                gAv[k] = alpha * gAv[k] + (1 - alpha) * gv[k];              // gAv = alpha * gAv + (1 - alpha) * g
                avg = Math.Sqrt(v[k] - gAv[k] * gAv[k]) + eps;              // avg = sqrt(v - gAv^2) + eps
            }
            else
            {
                avg = Math.Sqrt(v[k]) + eps;                                // avg = sqrt(v) + eps
            }

            if (momentum > 0)
            {
                b[k] = momentum * b[k] + gv[k] / avg;                       // b = momentum * b + g / avg
                pv[k] -= lr * b[k];                                         // p = p - lr * b
            }
            else
            {
                pv[k] -= lr * gv[k] / avg;                                  // p = p - lr * g / avg
            }
        }
    }
}
