namespace Nabla;

/// <summary>
/// Loss functions: each is the negative log-likelihood of the targets under a distribution whose
/// parameters the network predicts, so minimising the loss is maximum-likelihood estimation. Notebook 02.
/// </summary>
/// <remarks>
/// <para>Every loss is composed from <see cref="Tensor"/> operations, so its gradient comes from the
/// primitives' backward rules; only cross-entropy is one operation of its own, softmax and loss fused, whose
/// backward rule is the gradient lesson 02 derives. Each returns a 1x1 tensor to call <see cref="Tensor.Backward"/> on
/// (with <see cref="Reduction.None"/>, the unreduced terms instead).</para>
/// <para>Stable by construction: classification losses take logits (scores before the sigmoid or
/// softmax) and use log-sum-exp (<see cref="Tensor.LogSoftmax"/>) or <see cref="Tensor.Softplus"/>,
/// so nothing overflows even at logits of +-1000.</para>
/// <para>Recipe: regression -> one linear output + <see cref="MseLoss"/>; binary -> one output
/// + <see cref="BinaryCrossEntropyWithLogits"/>; K classes -> K outputs + <see cref="CrossEntropy(Tensor, int[], Reduction)"/>.</para>
/// </remarks>
public static partial class Loss
{
    /// <summary>The mean or the sum of all entries of <paramref name="terms"/>, as a 1x1 tensor, or the terms themselves (None).</summary>
    private static Tensor Reduce(Tensor terms, Reduction reduction) => reduction switch
    {
        Reduction.Mean => terms.Mean(),
        Reduction.Sum => terms.Sum(),
        Reduction.None => terms,
        _ => throw UnknownReduction(reduction),
    };

    /// <summary>The error for a <see cref="Reduction"/> value that is none of the three.</summary>
    private static ArgumentOutOfRangeException UnknownReduction(Reduction reduction) => new(
        nameof(reduction), reduction, $"Expected Reduction.Mean, Reduction.Sum or Reduction.None, got {(int)reduction}.");

    /// <summary>
    /// Throws unless every entry of <paramref name="tensor"/> lies in [0, 1], naming the first that does not
    /// ("BinaryCrossEntropy expects target in [0, 1], found 2 at row 3, column 0"): a probability or target outside
    /// that range gives a finite but meaningless (even negative) loss, a silent wrong result. One pass over the batch.
    /// </summary>
    /// <remarks>NaN passes: it propagates into the loss as through every op, and a <see cref="Trainer"/> reports it as divergence.</remarks>
    /// <param name="loss">The loss's name, for the message.</param>
    /// <param name="tensor">The probabilities or targets.</param>
    /// <param name="name">The parameter's name.</param>
    private static void RequireUnitInterval(string loss, Tensor tensor, string name)
    {
        if (Entries.FirstOutside(tensor.Data, 0, 1) is { } e)
        {
            throw new ArgumentException($"{loss} expects {name} in [0, 1], found {e.ValueText} {e.Where}.", name);
        }
    }

    /// <summary>Throws unless <paramref name="other"/> has exactly the shape of <paramref name="reference"/>.</summary>
    /// <param name="loss">The loss's name, for the message.</param>
    /// <param name="reference">The tensor whose shape is expected (the prediction).</param>
    /// <param name="referenceName">Its parameter's name, for a null argument.</param>
    /// <param name="other">The tensor to check.</param>
    /// <param name="name">The checked parameter's name.</param>
    /// <param name="dims">How the dimensions are called, e.g. "(N, D)" or "(N, C)".</param>
    private static void RequireShape(string loss, Tensor reference, string referenceName, Tensor other, string name, string dims = "(N, D)")
    {
        ArgumentNullException.ThrowIfNull(reference, referenceName);
        ArgumentNullException.ThrowIfNull(other, name);
        if (other.Rows != reference.Rows || other.Columns != reference.Columns)
        {
            throw new ArgumentException($"{loss} expects {name} shape {dims} = {reference.Shape}, got {other.Shape}", name);
        }
    }
}
