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
/// outside the adaptive step: every weight shrinks by the same factor. Notebook 06.
/// </remarks>
public sealed class AdamW : Optimizer
{
    /// <summary>Creates AdamW over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate: roughly the size of each step, &gt;= 0.</param>
    /// <param name="beta1">Decay rate of the gradient average m, in [0, 1).</param>
    /// <param name="beta2">Decay rate of the squared-gradient average v, in [0, 1).</param>
    /// <param name="eps">Added to the denominator, &gt;= 0.</param>
    /// <param name="weightDecay">Decoupled decay: each step multiplies p by 1 - lr * weightDecay, &gt;= 0.</param>
    /// <exception cref="ArgumentException">A hyper-parameter is out of range.</exception>
    public AdamW(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 1e-2)
        : base(parameters, lr)
    {
        Beta1 = HyperParameter.DecayRate(nameof(AdamW), nameof(beta1), beta1);
        Beta2 = HyperParameter.DecayRate(nameof(AdamW), nameof(beta2), beta2);
        Eps = HyperParameter.NonNegative(nameof(AdamW), nameof(eps), eps);
        WeightDecay = HyperParameter.NonNegative(nameof(AdamW), nameof(weightDecay), weightDecay);
        ExpAvg = ZerosLikeParameters();
        ExpAvgSq = ZerosLikeParameters();
    }

    /// <summary>Decay rate of the gradient average m.</summary>
    public double Beta1 { get; }

    /// <summary>Decay rate of the squared-gradient average v.</summary>
    public double Beta2 { get; }

    /// <summary>Small constant added to the denominator.</summary>
    public double Eps { get; }

    /// <summary>Decoupled weight decay: each step multiplies p by 1 - lr * weightDecay.</summary>
    public double WeightDecay { get; }

    /// <summary>m: the decaying average of gradients of each parameter (torch's exp_avg).</summary>
    public Matrix<double>[] ExpAvg { get; }

    /// <summary>v: the decaying average of squared gradients of each parameter (torch's exp_avg_sq).</summary>
    public Matrix<double>[] ExpAvgSq { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        p.Multiply(1 - LearningRate * WeightDecay, p);                                // p = p * (1 - lr * weightDecay)
        Adam.MomentStep(ExpAvg, ExpAvgSq, i, p, g, LearningRate, Beta1, Beta2, Eps, StepCount);   // then exactly Adam's step
    }
}
