using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Adam: momentum (a running average of gradients) combined with RMSProp's per-parameter rate (a
/// running average of squared gradients), both bias-corrected. Same update as <c>torch.optim.Adam</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g, at step t (entrywise):
/// <code>
/// g     = g + weightDecay * p                       (L2 penalty, coupled with the gradient)
/// m     = beta1 * m + (1 - beta1) * g               (first moment: the direction, with inertia)
/// v     = beta2 * v + (1 - beta2) * g^2             (second moment: the scale)
/// bc1   = 1 - beta1^t ;  bc2 = 1 - beta2^t          (m and v start at 0, so early averages are too small)
/// denom = sqrt(v) / sqrt(bc2) + eps
/// p     = p - (lr / bc1) * m / denom
/// </code>
/// Dividing m by sqrt(v) makes every step about lr in size whatever the scale of the gradient, and
/// the bias corrections undo the pull towards zero of averages that start at zero. For decoupled
/// weight decay use <see cref="AdamW"/>. Notebook 06 compares Adam with the others.
/// </remarks>
public sealed class Adam : Optimizer
{
    /// <summary>Creates Adam over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate: roughly the size of each step, &gt;= 0.</param>
    /// <param name="beta1">Decay rate of the gradient average m, in [0, 1).</param>
    /// <param name="beta2">Decay rate of the squared-gradient average v, in [0, 1).</param>
    /// <param name="eps">Added to the denominator, &gt;= 0.</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <exception cref="ArgumentException">A hyper-parameter is out of range.</exception>
    public Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0)
        : base(parameters, lr)
    {
        Beta1 = HyperParameter.DecayRate(nameof(Adam), nameof(beta1), beta1);
        Beta2 = HyperParameter.DecayRate(nameof(Adam), nameof(beta2), beta2);
        Eps = HyperParameter.NonNegative(nameof(Adam), nameof(eps), eps);
        WeightDecay = HyperParameter.NonNegative(nameof(Adam), nameof(weightDecay), weightDecay);
        ExpAvg = ZerosLikeParameters();
        ExpAvgSq = ZerosLikeParameters();
    }

    /// <summary>Decay rate of the gradient average m.</summary>
    public double Beta1 { get; }

    /// <summary>Decay rate of the squared-gradient average v.</summary>
    public double Beta2 { get; }

    /// <summary>Small constant added to the denominator.</summary>
    public double Eps { get; }

    /// <summary>L2 penalty coefficient: weightDecay * p is added to every gradient.</summary>
    public double WeightDecay { get; }

    /// <summary>m: the decaying average of gradients of each parameter (torch's exp_avg).</summary>
    public Matrix<double>[] ExpAvg { get; }

    /// <summary>v: the decaying average of squared gradients of each parameter (torch's exp_avg_sq).</summary>
    public Matrix<double>[] ExpAvgSq { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        if (WeightDecay != 0)
        {
            g = g + WeightDecay * p;                                                  // g = g + weightDecay * p
        }

        MomentStep(ExpAvg, ExpAvgSq, i, p, g, LearningRate, Beta1, Beta2, Eps, StepCount);
    }

    /// <summary>The adaptive step shared by Adam and <see cref="AdamW"/>: update m and v, then move p.</summary>
    internal static void MomentStep(
        Matrix<double>[] m, Matrix<double>[] v, int i, Matrix<double> p, Matrix<double> g,
        double lr, double beta1, double beta2, double eps, int t)
    {
        m[i] = beta1 * m[i] + (1 - beta1) * g;                                        // m = beta1 * m + (1 - beta1) * g
        v[i] = beta2 * v[i] + (1 - beta2) * g.PointwiseMultiply(g);                   // v = beta2 * v + (1 - beta2) * g^2
        var bc1 = 1 - Math.Pow(beta1, t);                                             // bc1 = 1 - beta1^t
        var bc2 = 1 - Math.Pow(beta2, t);                                             // bc2 = 1 - beta2^t
        var denom = v[i].PointwiseSqrt() / Math.Sqrt(bc2) + eps;                      // denom = sqrt(v) / sqrt(bc2) + eps
        p.Subtract((lr / bc1 * m[i]).PointwiseDivide(denom), p);                      // p = p - (lr / bc1) * m / denom
    }
}
