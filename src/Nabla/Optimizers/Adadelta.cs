using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Adadelta: Adagrad's per-parameter rates without the shrinking, and with steps measured in the
/// units of the parameter. Same update as <c>torch.optim.Adadelta</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g (entrywise):
/// <code>
/// g     = g + weightDecay * p
/// v     = rho * v + (1 - rho) * g^2                       (decaying average of squared gradients)
/// delta = sqrt(u + eps) / sqrt(v + eps) * g               (the step, before lr)
/// u     = rho * u + (1 - rho) * delta^2                   (decaying average of squared steps)
/// p     = p - lr * delta
/// </code>
/// Adagrad divides by the sum of ALL past squared gradients, so its steps die out. Adadelta divides by
/// a decaying average instead (it forgets old gradients at rate rho), and multiplies by the root of the
/// average of recent squared steps, so a step has the size of recent steps: no hand-tuned learning
/// rate is needed (lr = 1). It starts slowly because u starts at zero. Notebook 06 compares them.
/// </remarks>
public sealed class Adadelta : Optimizer
{
    /// <summary>Creates Adadelta over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Factor applied to delta, &gt;= 0 (1 in the paper).</param>
    /// <param name="rho">Decay rate of both running averages, in [0, 1].</param>
    /// <param name="eps">Added inside both square roots, &gt;= 0; it also sets the size of the first steps.</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range.</exception>
    public Adadelta(IEnumerable<Tensor> parameters, double lr = 1.0, double rho = 0.9, double eps = 1e-6, double weightDecay = 0)
        : base(parameters, lr)
    {
        Rho = HyperParameter.Fraction(nameof(Adadelta), nameof(rho), rho);
        Eps = HyperParameter.NonNegative(nameof(Adadelta), nameof(eps), eps);
        WeightDecay = HyperParameter.NonNegative(nameof(Adadelta), nameof(weightDecay), weightDecay);
        SquareAverage = ZerosLikeParameters();
        AccumulatedDelta = ZerosLikeParameters();
    }

    /// <summary>Decay rate of the running averages: how much of the old average is kept each step.</summary>
    public double Rho { get; }

    /// <summary>Small constant added inside the square roots.</summary>
    public double Eps { get; }

    /// <summary>L2 penalty coefficient: weightDecay * p is added to every gradient.</summary>
    public double WeightDecay { get; }

    /// <summary>v: the decaying average of squared gradients of each parameter (torch's square_avg), updated in place.</summary>
    public Matrix<double>[] SquareAverage { get; }

    /// <summary>u: the decaying average of squared steps of each parameter (torch's acc_delta), updated in place.</summary>
    public Matrix<double>[] AccumulatedDelta { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        g = WithWeightDecay(i, p, g, WeightDecay);                          // g = g + weightDecay * p
        var (pv, gv, v, u) = (Values(p), Values(g), Values(SquareAverage[i]), Values(AccumulatedDelta[i]));
        double lr = LearningRate, rho = Rho, eps = Eps;
        for (var k = 0; k < pv.Length; k++)
        {
            v[k] = rho * v[k] + (1 - rho) * (gv[k] * gv[k]);                // v = rho * v + (1 - rho) * g^2
            var delta = Math.Sqrt(u[k] + eps) / Math.Sqrt(v[k] + eps) * gv[k];  // delta = sqrt(u + eps) / sqrt(v + eps) * g
            u[k] = rho * u[k] + (1 - rho) * (delta * delta);                // u = rho * u + (1 - rho) * delta^2
            pv[k] -= lr * delta;                                            // p = p - lr * delta
        }
    }
}
