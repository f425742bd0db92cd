namespace Nabla;

public static partial class Loss
{
    /// <summary>
    /// Gaussian negative log-likelihood with a predicted variance: the network outputs a mean and a
    /// log-variance per target, so it can say "20, give or take 3". PyTorch's
    /// <c>torch.nn.functional.gaussian_nll_loss(input, target, var=exp(logVariance), full=False, eps)</c>, with the
    /// arguments in the same order; it takes the log-variance instead of the variance. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: target ~ Gaussian(mu, sigma^2) with sigma^2 = e^s predicted too. Dropping the
    /// constant ln sqrt(2 pi), the negative log-likelihood of one entry is
    /// L = (ln sigma^2 + (mu - t)^2 / sigma^2) / 2. With s fixed at 0 it is half the squared error (MSE).</para>
    /// <para>dL/dmu = (mu - t) / sigma^2: confident predictions (small sigma^2) are pulled harder.
    /// dL/ds = (1 - (mu - t)^2 / sigma^2) / 2: zero when the predicted variance equals the squared error.</para>
    /// <para>As in PyTorch, sigma^2 is clamped to at least <paramref name="eps"/> in the forward pass while
    /// the gradient passes through the clamp unchanged (PyTorch clamps a copy without recording it).
    /// Predicting log-variances keeps sigma^2 positive, so the clamp only acts below s = ln eps (-13.8).</para>
    /// </remarks>
    /// <param name="input">Predicted means mu, (N, D).</param>
    /// <param name="target">Targets t, (N, D).</param>
    /// <param name="logVariance">Predicted log-variances s = ln sigma^2, (N, D), or (N, 1) for one variance per example.</param>
    /// <param name="eps">The smallest variance used in the forward pass (PyTorch's default 1e-6).</param>
    /// <param name="reduction">Mean (default) or Sum over all N x D entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    public static Tensor GaussianNllLoss(Tensor input, Tensor target, Tensor logVariance, double eps = 1e-6, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(GaussianNllLoss), input, nameof(input), target, nameof(target));
        ArgumentNullException.ThrowIfNull(logVariance);
        if (logVariance.Rows != input.Rows || (logVariance.Columns != input.Columns && logVariance.Columns != 1))
        {
            throw new ArgumentException(
                $"GaussianNllLoss expects logVariance shape (N, D) = {input.Shape} or (N, 1) = ({input.Rows}, 1), got {logVariance.Shape}",
                nameof(logVariance));
        }

        if (!(eps >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(eps), eps, $"GaussianNllLoss expects eps >= 0, got {eps}.");
        }

        var variance = logVariance.Exp();                               // sigma^2, (N, D) or (N, 1)
        var lift = variance.Data.Map(v => v < eps ? eps - v : 0.0);     // constant: raises sigma^2 to eps
        if (lift.Exists(v => v != 0))
        {
            variance += new Tensor(lift);                                   // forward max(sigma^2, eps); gradient passes through
        }

        var nll = 0.5 * (variance.Log() + (input - target).Pow(2) / variance);  // (N, D)
        return Reduce(nll, reduction);
    }

    /// <summary>
    /// <see cref="GaussianNllLoss(Tensor, Tensor, Tensor, double, Reduction)"/> with PyTorch's eps = 1e-6 and the
    /// reduction in fourth place, like the other losses: <c>Loss.GaussianNllLoss(mu, y, s, Reduction.Sum)</c>.
    /// </summary>
    /// <param name="input">Predicted means mu, (N, D).</param>
    /// <param name="target">Targets t, (N, D).</param>
    /// <param name="logVariance">Predicted log-variances s = ln sigma^2, (N, D) or (N, 1).</param>
    /// <param name="reduction">Mean or Sum over all N x D entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    public static Tensor GaussianNllLoss(Tensor input, Tensor target, Tensor logVariance, Reduction reduction) =>
        GaussianNllLoss(input, target, logVariance, 1e-6, reduction);
}
