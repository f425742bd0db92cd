using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public static partial class Loss
{
    /// <summary>
    /// Categorical cross-entropy from logits and integer class labels, PyTorch's
    /// <c>torch.nn.functional.cross_entropy</c> with class-index targets. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>Likelihood: the label ~ Categorical(softmax(u)), so P(y | x) = softmax(u)_y and the negative
    /// log-likelihood of one example is -ln softmax(u)_y = ln sum_k e^(u_k) - u_y (log-sum-exp, computed
    /// stably by <see cref="Tensor.LogSoftmax"/>). With C classes and equal logits it is ln C: the loss
    /// of an untrained network.</para>
    /// <para>dL/du_k = softmax(u)_k - [k = y]: predicted probabilities minus the one-hot target (divided
    /// by N for the mean).</para>
    /// <para>Softmax and loss run as one operation with exactly that backward rule (<see cref="SoftmaxCrossEntropy"/>);
    /// the value equals the composed <c>NllLoss(input.LogSoftmax(), target)</c> to the last bit, whose graph shows every step.</para>
    /// </remarks>
    /// <param name="input">Logits u (scores), (N, C).</param>
    /// <param name="target">The class labels: one class index in 0..C-1 per row, length N.</param>
    /// <param name="reduction">Mean (default) or Sum over the N examples, or None for the (N, 1) per-example losses.</param>
    /// <returns>The loss, 1x1 ((N, 1) for <see cref="Reduction.None"/>).</returns>
    /// <exception cref="ArgumentException">The number of labels is not N.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label lies outside 0..C-1, or the reduction is unknown.</exception>
    public static Tensor CrossEntropy(Tensor input, int[] target, Reduction reduction = Reduction.Mean)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireLabels(nameof(CrossEntropy), target, nameof(target), input.Rows, input.Columns);
        return SoftmaxCrossEntropy(input, target, null, reduction);
    }

    /// <summary>
    /// Categorical cross-entropy from logits and target distributions: one-hot rows or soft
    /// probabilities, PyTorch's <c>torch.nn.functional.cross_entropy</c> with probability targets. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>L = -sum_k d_k ln softmax(u)_k per example: with one-hot d this is the negative log of
    /// prod_k y_k^(d_k), the categorical likelihood; with soft d it is the cross-entropy between the two
    /// distributions.</para>
    /// <para>dL/du_k = softmax(u)_k sum_j d_j - d_k (= softmax(u)_k - d_k when each row of d sums to 1);
    /// dL/dd_k = -ln softmax(u)_k.</para>
    /// <para>Each d_k is a probability, so it must lie in [0, 1]; a target outside is refused (a negative one would
    /// reward making its class less likely).</para>
    /// <para>Runs as one operation with that backward rule (<see cref="SoftmaxCrossEntropy"/>); the value equals the
    /// composed <c>-(target * input.LogSoftmax()).Sum(1)</c>, reduced, to the last bit.</para>
    /// </remarks>
    /// <param name="input">Logits u (scores), (N, C).</param>
    /// <param name="target">Target probabilities d, (N, C), each row normally summing to 1.</param>
    /// <param name="reduction">Mean (default) or Sum over the N examples, or None for the (N, 1) per-example losses.</param>
    /// <returns>The loss, 1x1 ((N, 1) for <see cref="Reduction.None"/>).</returns>
    /// <exception cref="ArgumentException">The shapes differ, or a target lies outside [0, 1] (the message names the first, its row and column).</exception>
    public static Tensor CrossEntropy(Tensor input, Tensor target, Reduction reduction = Reduction.Mean)
    {
        RequireShape(nameof(CrossEntropy), input, nameof(input), target, nameof(target), "(N, C)");
        RequireUnitInterval(nameof(CrossEntropy), target, nameof(target));
        return SoftmaxCrossEntropy(input, null, target, reduction);
    }

    /// <summary>
    /// Negative log-likelihood from log-probabilities and integer labels, PyTorch's <c>torch.nn.functional.nll_loss</c>:
    /// -ln p_y per example. <c>NllLoss(u.LogSoftmax(), y)</c> equals <c>CrossEntropy(u, y)</c>. Notebook 02.
    /// </summary>
    /// <remarks>
    /// <para>dL/d(ln p_k) = -[k = y] (divided by N for the mean): only the true class's entry gets a gradient.</para>
    /// <para>A log-probability is at most 0 (p &lt;= 1). A positive entry means raw logits were passed instead of
    /// <c>logits.LogSoftmax()</c>, which would give a meaningless, possibly negative loss: it is refused.</para>
    /// </remarks>
    /// <param name="input">Log-probabilities ln P(class k | example i), (N, C), e.g. from <see cref="Tensor.LogSoftmax"/>.</param>
    /// <param name="target">The class labels: one class index in 0..C-1 per row, length N.</param>
    /// <param name="reduction">Mean (default) or Sum over the N examples, or None for the (N, 1) per-example losses.</param>
    /// <returns>The loss, 1x1 ((N, 1) for <see cref="Reduction.None"/>).</returns>
    /// <exception cref="ArgumentException">An entry is above 0 (the message names the first), or a label is out of range.</exception>
    public static Tensor NllLoss(Tensor input, int[] target, Reduction reduction = Reduction.Mean)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        if (Entries.First(input.Data, v => v > 0) is { } e)
        {
            throw new ArgumentException(
                $"NllLoss expects log-probabilities <= 0 (the log of a probability), found {e.ValueText} {e.Where}: " +
                "pass logits.LogSoftmax(), or give the logits to CrossEntropy.", nameof(input));
        }

        return Reduce(-PickLabels(nameof(NllLoss), input, target, nameof(target)), reduction);
    }

    /// <summary>
    /// Entry [i, labels[i]] of each row, as an (N, 1) tensor. Uses <see cref="Tensor.Where"/> with the
    /// one-hot mask rather than a product with it, so an entry of -infinity in another column cannot
    /// turn into NaN (0 * -inf); the gradient reaches only the picked entries.
    /// </summary>
    private static Tensor PickLabels(string loss, Tensor scores, int[] labels, string name)
    {
        var mask = LabelMask(loss, labels, name, scores.Rows, scores.Columns);               // (N, C) constant
        return Tensor.Where(mask, scores, new Tensor(Matrix<double>.Build.Dense(scores.Rows, scores.Columns))).Sum(1);  // (N, 1)
    }
}
