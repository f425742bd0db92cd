using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// AdamW: Adam with decoupled weight decay, which shrinks the weights directly instead of adding an
/// L2 term to the gradient. Same update as <c>torch.optim.AdamW</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g, at step t (entrywise):
/// <code>
/// p     = p * (1 - lr * weightDecay)                (decoupled weight decay)
/// m     = beta1 * m + (1 - beta1) * g
/// v     = beta2 * v + (1 - beta2) * g^2
/// bc1   = 1 - beta1^t ;  bc2 = 1 - beta2^t
/// denom = sqrt(v) / sqrt(bc2) + eps
/// p     = p - (lr / bc1) * m / denom
/// </code>
/// In <see cref="Adam"/> an L2 term weightDecay * p added to g gets divided by sqrt(v) like the rest
/// of the gradient, so weights with large gradients are hardly decayed. AdamW applies the decay
/// outside the adaptive step: every weight shrinks by the same factor. The adaptive step is Adam's
/// (<see cref="AdaptiveMoments"/>). Notebook 06.
/// </remarks>
public sealed class AdamW : AdaptiveMoments
{
    /// <summary>Creates AdamW over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate: roughly the size of each step, &gt;= 0.</param>
    /// <param name="beta1">Decay rate of the gradient average m, in [0, 1).</param>
    /// <param name="beta2">Decay rate of the squared-gradient average v, in [0, 1).</param>
    /// <param name="eps">Added to the denominator, &gt;= 0.</param>
    /// <param name="weightDecay">Decoupled decay: each step multiplies p by 1 - lr * weightDecay, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range.</exception>
    public AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 1e-2)
        : base(parameters, lr, beta1, beta2, eps, weightDecay)
    {
    }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        p.Multiply(1 - LearningRate * WeightDecay, p);                      // p = p * (1 - lr * weightDecay), in place
        MomentStep(i, p, g);                                                // then exactly Adam's step
    }
}
