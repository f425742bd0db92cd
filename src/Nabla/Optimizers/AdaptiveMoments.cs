using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// What <see cref="Adam"/> and <see cref="AdamW"/> share (Adam is short for adaptive moment estimation): the two
/// running moments of the gradient, their hyper-parameters and the bias-corrected step. They differ only in how
/// they apply weight decay.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g, at step t (entrywise):
/// <code>
/// m     = beta1 * m + (1 - beta1) * g               (first moment: the direction, with inertia)
/// v     = beta2 * v + (1 - beta2) * g^2             (second moment: the scale)
/// bc1   = 1 - beta1^t ;  bc2 = 1 - beta2^t          (m and v start at 0, so early averages are too small)
/// denom = sqrt(v) / sqrt(bc2) + eps
/// p     = p - (lr / bc1) * m / denom
/// </code>
/// </remarks>
public abstract class AdaptiveMoments : Optimizer
{
    /// <summary>Checks and stores the shared hyper-parameters and starts m and v at zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range (the message names the optimizer).</exception>
    private protected AdaptiveMoments(IEnumerable<Tensor> parameters, double lr, double beta1, double beta2, double eps, double weightDecay)
        : base(parameters, lr)
    {
        var name = GetType().Name;
        Beta1 = HyperParameter.DecayRate(name, nameof(beta1), beta1);
        Beta2 = HyperParameter.DecayRate(name, nameof(beta2), beta2);
        Eps = HyperParameter.NonNegative(name, nameof(eps), eps);
        WeightDecay = HyperParameter.NonNegative(name, nameof(weightDecay), weightDecay);
        ExpAvg = ZerosLikeParameters();
        ExpAvgSq = ZerosLikeParameters();
    }

    /// <summary>Decay rate of the gradient average m.</summary>
    public double Beta1 { get; }

    /// <summary>Decay rate of the squared-gradient average v.</summary>
    public double Beta2 { get; }

    /// <summary>Small constant added to the denominator.</summary>
    public double Eps { get; }

    /// <summary>
    /// Weight decay: Adam adds weightDecay * p to every gradient (an L2 penalty); AdamW multiplies p by
    /// 1 - lr * weightDecay each step (decoupled decay).
    /// </summary>
    public double WeightDecay { get; }

    /// <summary>m: the decaying average of gradients of each parameter (torch's exp_avg), updated in place.</summary>
    public Matrix<double>[] ExpAvg { get; }

    /// <summary>v: the decaying average of squared gradients of each parameter (torch's exp_avg_sq), updated in place.</summary>
    public Matrix<double>[] ExpAvgSq { get; }

    /// <summary>The adaptive step of parameter <paramref name="i"/>: update m and v, then move p (see the class remarks).</summary>
    /// <param name="i">Index of the parameter.</param>
    /// <param name="p">Its values, updated in place.</param>
    /// <param name="g">The gradient to follow (with Adam's weight decay already added).</param>
    private protected void MomentStep(int i, Matrix<double> p, Matrix<double> g)
    {
        var (pv, gv, m, v) = (Values(p), Values(g), Values(ExpAvg[i]), Values(ExpAvgSq[i]));
        double beta1 = Beta1, beta2 = Beta2, eps = Eps;
        var bc1 = 1 - Math.Pow(beta1, StepCount);                           // bc1 = 1 - beta1^t
        var bc2 = 1 - Math.Pow(beta2, StepCount);                           // bc2 = 1 - beta2^t
        var (stepSize, overRootBc2) = (LearningRate / bc1, 1 / Math.Sqrt(bc2));    // lr / bc1 and 1 / sqrt(bc2), once per step
        for (var k = 0; k < pv.Length; k++)
        {
            m[k] = beta1 * m[k] + (1 - beta1) * gv[k];                      // m = beta1 * m + (1 - beta1) * g
            v[k] = beta2 * v[k] + (1 - beta2) * (gv[k] * gv[k]);            // v = beta2 * v + (1 - beta2) * g^2
            var denom = Math.Sqrt(v[k]) * overRootBc2 + eps;                // denom = sqrt(v) / sqrt(bc2) + eps
            pv[k] -= stepSize * m[k] / denom;                               // p = p - (lr / bc1) * m / denom
        }
    }
}
