namespace Nabla;

public static partial class Loss
{
    /// <summary>The smallest probability whose log is taken: ln(p) is clamped at -100, as in PyTorch.</summary>
    private static readonly double MinProbability = Math.Exp(-100);

    /// <summary>
    /// Binary cross-entropy on probabilities p in [0, 1] (for example sigmoid outputs), PyTorch's
    /// <c>torch.nn.functional.binary_cross_entropy</c>. Notebook 02.
    /// Prefer <see cref="BinaryCrossEntropyWithLogits"/>, which takes the logits and never saturates.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: target d ~ Bernoulli(p), P(d) = p^d (1 - p)^(1 - d). Its negative log is
    /// -[d ln p + (1 - d) ln(1 - p)]. Targets may also be soft, in [0, 1].</para>
    /// <para>dL/dp = -d / p + (1 - d) / (1 - p) = (p - d) / (p (1 - p)).</para>
    /// <para>Each log is computed as ln max(p, e^-100) = max(ln p, -100), so p = 0 or 1 gives a loss of at
    /// most 100 per entry instead of infinity (PyTorch clamps the same way). In that clamped region the
    /// gradient is 0 (PyTorch instead returns (p - d) / max(p (1 - p), 1e-12)).</para>
    /// <para>Both p and d must lie in [0, 1]: with p = 1.5 the log of 1 - p is not defined, and with d = 2 the
    /// "likelihood" can exceed 1, so the loss goes negative. Such inputs are refused (PyTorch refuses p outside
    /// [0, 1] too, but not d). NaN passes through, as in every op.</para>
    /// </remarks>
    /// <param name="input">Predicted probabilities p = P(d = 1), (N, D).</param>
    /// <param name="target">Targets in [0, 1], usually 0 or 1, (N, D).</param>
    /// <param name="reduction">Mean (default) or Sum over all entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    /// <exception cref="ArgumentException">
    /// The shapes differ, or a probability or target lies outside [0, 1] (the message names the first, its row and column).
    /// </exception>
    public static Tensor BinaryCrossEntropy(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(BinaryCrossEntropy), input, nameof(input), target, nameof(target));
        RequireUnitInterval(nameof(BinaryCrossEntropy), input, nameof(input));   // as PyTorch
        RequireUnitInterval(nameof(BinaryCrossEntropy), target, nameof(target));
        var logP = input.ClampMin(MinProbability).Log();                // ln p,     (N, D)
        var logQ = (1.0 - input).ClampMin(MinProbability).Log();        // ln(1 - p), (N, D)
        return Reduce(-(target * logP + (1.0 - target) * logQ), reduction);
    }

    /// <summary>
    /// Binary cross-entropy on logits x (the score before the sigmoid), computed stably, PyTorch's
    /// <c>torch.nn.functional.binary_cross_entropy_with_logits</c>. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: d ~ Bernoulli(sigma(x)). Using ln sigma(x) = -softplus(-x) and
    /// ln(1 - sigma(x)) = -softplus(x), the negative log-likelihood simplifies to
    /// L = softplus(x) - x d, with softplus(x) = ln(1 + e^x) evaluated without overflow.</para>
    /// <para>dL/dx = sigma(x) - d: the prediction error itself, which stays large when the model is
    /// confidently wrong (unlike sigmoid + MSE, whose gradient vanishes there).</para>
    /// <para>The target must lie in [0, 1]: with d = 2, L = softplus(x) - 2x falls without bound as x grows, a
    /// negative "loss" that rewards ever larger logits. Such targets are refused (PyTorch accepts them silently).</para>
    /// </remarks>
    /// <param name="input">Logits x (scores), (N, D); P(d = 1) = sigmoid(x).</param>
    /// <param name="target">Targets in [0, 1], usually 0 or 1, (N, D).</param>
    /// <param name="reduction">Mean (default) or Sum over all entries, or None for the (N, D) terms.</param>
    /// <returns>The loss, 1x1 ((N, D) for <see cref="Reduction.None"/>).</returns>
    /// <exception cref="ArgumentException">The shapes differ, or a target lies outside [0, 1] (the message names the first, its row and column).</exception>
    public static Tensor BinaryCrossEntropyWithLogits(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(BinaryCrossEntropyWithLogits), input, nameof(input), target, nameof(target));
        RequireUnitInterval(nameof(BinaryCrossEntropyWithLogits), target, nameof(target));
        return Reduce(input.Softplus() - input * target, reduction);
    }
}
