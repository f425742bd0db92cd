using MathNet.Numerics.LinearAlgebra;

using static System.FormattableString;

namespace Nabla;

/// <summary>
/// Stochastic gradient descent: take a step downhill, against the gradient, optionally with momentum
/// (inertia), Nesterov's look-ahead and weight decay. Same update as <c>torch.optim.SGD</c>.
/// </summary>
/// <remarks>
/// For each parameter p with gradient g, at step t:
/// <code>
/// g = g + weightDecay * p                        (weight decay = L2 penalty, if weightDecay != 0)
/// v = g                                 (t = 1)  (velocity, only if momentum != 0)
/// v = momentum * v + (1 - dampening) * g (t > 1)
/// g = nesterov ? g + momentum * v : v
/// p = p - lr * g
/// </code>
/// Plain gradient descent moves at a speed proportional to the slope, so it crawls on flat ground and
/// zig-zags across a narrow valley. Momentum gives the point inertia: the velocity v is a running sum
/// of past gradients, so steps grow along a direction that stays downhill and the zig-zags cancel.
/// Nesterov looks ahead: it steps with the gradient plus the velocity it is about to apply, which
/// brakes earlier and overshoots less. Notebook 06 draws these trajectories on 2-D surfaces.
/// </remarks>
public sealed class Sgd : Optimizer
{
    /// <summary>Creates plain, momentum or Nesterov gradient descent over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The tensors to update (a network's parameters, or one 1x2 point).</param>
    /// <param name="lr">Learning rate: the step size, &gt;= 0.</param>
    /// <param name="momentum">How much of the previous velocity is kept, &gt;= 0 (0.9 is typical; 0 = none).</param>
    /// <param name="dampening">How much of the new gradient is left out of the velocity, &gt;= 0 (usually 0).</param>
    /// <param name="nesterov">Use Nesterov's look-ahead (needs momentum &gt; 0 and dampening = 0).</param>
    /// <param name="weightDecay">L2 penalty coefficient added to the gradient as weightDecay * p, &gt;= 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyper-parameter is out of range, or Nesterov without momentum or with dampening.</exception>
    public Sgd(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0, bool nesterov = false, double weightDecay = 0)
        : base(parameters, lr)
    {
        Momentum = HyperParameter.NonNegative(nameof(Sgd), nameof(momentum), momentum);
        Dampening = HyperParameter.NonNegative(nameof(Sgd), nameof(dampening), dampening);
        WeightDecay = HyperParameter.NonNegative(nameof(Sgd), nameof(weightDecay), weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(nesterov), nesterov,
                Invariant($"Sgd: Nesterov momentum needs momentum > 0 and dampening = 0, got momentum = {momentum} and dampening = {dampening}."));
        }

        Nesterov = nesterov;
        Velocity = ZerosLikeParameters();
    }

    /// <summary>Fraction of the velocity kept from one step to the next (0 = plain gradient descent).</summary>
    public double Momentum { get; }

    /// <summary>Fraction of the new gradient left out of the velocity.</summary>
    public double Dampening { get; }

    /// <summary>Whether the step uses Nesterov's look-ahead gradient + momentum * v.</summary>
    public bool Nesterov { get; }

    /// <summary>L2 penalty coefficient: weightDecay * p is added to every gradient.</summary>
    public double WeightDecay { get; }

    /// <summary>
    /// The velocity v of each parameter (torch's momentum_buffer), updated in place; zeros until the first step, unused without momentum.
    /// </summary>
    public Matrix<double>[] Velocity { get; }

    /// <inheritdoc/>
    protected override void Update(int i, Matrix<double> p, Matrix<double> g)
    {
        g = WithWeightDecay(i, p, g, WeightDecay);                          // g = g + weightDecay * p
        if (Momentum == 0)
        {
            AddScaled(p, -LearningRate, g);                                 // p = p - lr * g
            return;
        }

        var (pv, gv, v) = (Values(p), Values(g), Values(Velocity[i]));
        double lr = LearningRate, momentum = Momentum, keep = 1 - Dampening;
        var (first, nesterov) = (StepCount == 1, Nesterov);
        for (var k = 0; k < pv.Length; k++)
        {
            v[k] = first ? gv[k] : momentum * v[k] + keep * gv[k];          // v = g (t = 1), v = momentum * v + (1 - dampening) * g
            var step = nesterov ? gv[k] + momentum * v[k] : v[k];           // g = g + momentum * v (Nesterov) or g = v
            pv[k] += -lr * step;                                            // p = p - lr * g
        }
    }
}
