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
/// weight decay use <see cref="AdamW"/>; the two share everything after the first line
/// (<see cref="AdaptiveMoments"/>). Notebook 06 compares Adam with the others.
/// </remarks>
public sealed class Adam : AdaptiveMoments
{
    /// <summary>Creates Adam over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate: roughly the size of each step, &gt;= 0.</param>
    /// <param name="beta1">Decay rate of the gradient average m, in [0, 1).</param>
    /// <param name="beta2">Decay rate of the squared-gradient average v, in [0, 1).</param>
    /// <param name="eps">Added to the denominator, &gt;= 0.</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range.</exception>
    public Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0)
        : base(parameters, lr, beta1, beta2, eps, weightDecay)
    {
    }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        g = WithWeightDecay(i, p, g, WeightDecay);                          // g = g + weightDecay * p
        MomentStep(i, p, g);                                                // m, v, then p
    }
}
