using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Adagrad: a separate learning rate for every parameter, shrinking with the sum of that parameter's
/// squared gradients. Same update as <c>torch.optim.Adagrad</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g, at step t (entrywise):
/// <code>
/// g    = g + weightDecay * p
/// clr  = lr / (1 + (t - 1) * lrDecay)
/// sum  = sum + g^2                      (sum starts at initialAccumulatorValue)
/// p    = p - clr * g / (sqrt(sum) + eps)
/// </code>
/// Parameters that get large gradients take small steps and rarely-updated ones take large steps, so
/// one learning rate suits all of them. Because the sum only grows, the steps shrink towards zero and
/// learning eventually stalls: Adadelta and RMSProp fix that. Notebook 06 compares them.
/// </remarks>
public sealed class Adagrad : Optimizer
{
    /// <summary>Creates Adagrad over <paramref name="parameters"/> (defaults are PyTorch's).</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Base learning rate, &gt;= 0.</param>
    /// <param name="lrDecay">Learning-rate decay per step, &gt;= 0: clr = lr / (1 + (t - 1) * lrDecay).</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <param name="initialAccumulatorValue">Starting value of every entry of the sum of squares, &gt;= 0.</param>
    /// <param name="eps">Added to the denominator to avoid dividing by zero, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range.</exception>
    public Adagrad(IEnumerable<Tensor> parameters, double lr = 0.01, double lrDecay = 0, double weightDecay = 0, double initialAccumulatorValue = 0, double eps = 1e-10)
        : base(parameters, lr)
    {
        LrDecay = HyperParameter.NonNegative(nameof(Adagrad), nameof(lrDecay), lrDecay);
        WeightDecay = HyperParameter.NonNegative(nameof(Adagrad), nameof(weightDecay), weightDecay);
        InitialAccumulatorValue = HyperParameter.NonNegative(nameof(Adagrad), nameof(initialAccumulatorValue), initialAccumulatorValue);
        Eps = HyperParameter.NonNegative(nameof(Adagrad), nameof(eps), eps);
        Sum = Parameters.Select(x => Matrix<double>.Build.Dense(x.Rows, x.Columns, initialAccumulatorValue)).ToArray();
    }

    /// <summary>Learning-rate decay: step t uses lr / (1 + (t - 1) * lrDecay).</summary>
    public double LrDecay { get; }

    /// <summary>L2 penalty coefficient: weightDecay * p is added to every gradient.</summary>
    public double WeightDecay { get; }

    /// <summary>The value every entry of <see cref="Sum"/> starts from.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>Small constant added to the denominator sqrt(sum).</summary>
    public double Eps { get; }

    /// <summary>The running sum of squared gradients of each parameter (entrywise), same shape as the parameter; updated in place.</summary>
    public Matrix<double>[] Sum { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        g = WithWeightDecay(i, p, g, WeightDecay);                          // g = g + weightDecay * p
        var clr = LearningRate / (1 + (StepCount - 1) * LrDecay);           // clr = lr / (1 + (t - 1) * lrDecay)
        var (pv, gv, sum) = (Values(p), Values(g), Values(Sum[i]));
        var eps = Eps;
        for (var k = 0; k < pv.Length; k++)
        {
            sum[k] += gv[k] * gv[k];                                        // sum = sum + g^2
            pv[k] -= clr * gv[k] / (Math.Sqrt(sum[k]) + eps);               // p = p - clr * g / (sqrt(sum) + eps)
        }
    }
}
