namespace Nabla;

public static partial class Loss
{
    /// <summary>
    /// Mean squared error: the average of (input - target)^2, PyTorch's <c>torch.nn.functional.mse_loss</c>.
    /// The loss for regression. Notebooks 01 and 02.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: target ~ Gaussian(input, sigma^2) with a fixed sigma. The negative log-likelihood
    /// of one entry is (input - target)^2 / (2 sigma^2) + ln(sigma sqrt(2 pi)): up to a constant and
    /// a scale it is the squared error, so both have the same minimiser.</para>
    /// <para>L = mean (p - t)^2, dL/dp = 2 (p - t) / n (n = number of entries; without the 1/n for
    /// <see cref="Reduction.Sum"/>). A large error pulls hard: outliers dominate the fit.</para>
    /// </remarks>
    /// <param name="input">Predictions p, (N, D).</param>
    /// <param name="target">Targets, (N, D).</param>
    /// <param name="reduction">Mean (default) or Sum over all entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    public static Tensor MseLoss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(MseLoss), input, nameof(input), target, nameof(target));
        return Reduce((input - target).Pow(2), reduction);
    }

    /// <summary>
    /// Mean absolute error: the average of |input - target|, PyTorch's <c>torch.nn.functional.l1_loss</c>.
    /// A regression loss robust to outliers. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: target ~ Laplace(input, b), density e^(-|t - p| / b) / 2b, whose heavy tails make
    /// outliers less surprising. Its negative log-likelihood is |p - t| / b + ln 2b. The minimiser of a
    /// constant fit is the median, not the mean.</para>
    /// <para>L = mean |p - t|, dL/dp = sign(p - t) / n: every point pulls with the same force, however far
    /// away it is (0 at p = t, as in PyTorch).</para>
    /// </remarks>
    /// <param name="input">Predictions p, (N, D).</param>
    /// <param name="target">Targets, (N, D).</param>
    /// <param name="reduction">Mean (default) or Sum over all entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    public static Tensor L1Loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(L1Loss), input, nameof(input), target, nameof(target));
        return Reduce((input - target).Abs(), reduction);
    }

    /// <summary>
    /// Huber loss: quadratic for small errors, linear for large ones, PyTorch's
    /// <c>torch.nn.functional.huber_loss</c>. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>With e = p - t: h(e) = e^2 / 2 when |e| &lt; delta, and delta (|e| - delta / 2) otherwise.
    /// Likelihood: a Gaussian core with Laplace tails (the two pieces meet with equal value and slope
    /// at |e| = delta), so small errors are fitted like MSE and outliers only as hard as with MAE.</para>
    /// <para>dh/de = e inside, delta sign(e) outside: the pull of an outlier is capped at delta.</para>
    /// </remarks>
    /// <param name="input">Predictions p, (N, D).</param>
    /// <param name="target">Targets, (N, D).</param>
    /// <param name="delta">Where the quadratic core ends; must be &gt; 0.</param>
    /// <param name="reduction">Mean (default) or Sum over all entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    public static Tensor HuberLoss(Tensor input, Tensor target, double delta = 1, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(HuberLoss), input, nameof(input), target, nameof(target));
        if (!(delta > 0) || double.IsInfinity(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"HuberLoss expects a finite delta > 0, got {delta}.");
        }

        var e = input - target;                                           // (N, D)
        var absE = e.Abs();
        var inside = absE.Data.Map(v => v < delta ? 1.0 : 0.0);         // constant mask: 1 in the core
        var core = 0.5 * e.Pow(2);                                      // Gaussian core
        var tails = delta * (absE - 0.5 * delta);                       // Laplace tails
        return Reduce(Tensor.Where(inside, core, tails), reduction);
    }
}
