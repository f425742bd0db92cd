namespace Nabla;

/// <summary>How a loss turns its per-example (or per-entry) terms into one number.</summary>
/// <remarks>
/// <see cref="Mean"/> (the default, as in PyTorch) keeps the loss and the size of its gradient
/// independent of the batch size, so the same learning rate works for any batch; <see cref="Sum"/> is
/// the full negative log-likelihood of the batch. Notebook 02.
/// </remarks>
public enum Reduction
{
    /// <summary>The average of the terms: over every entry for elementwise losses, over the N rows for cross-entropy.</summary>
    Mean,

    /// <summary>The sum of the terms: the negative log-likelihood of the whole batch.</summary>
    Sum,

    /// <summary>
    /// No reduction: the terms themselves, one loss per entry ((N, D), as the predictions) for elementwise losses and
    /// one per example ((N, 1)) for cross-entropy and NLL, to weight, inspect or reduce yourself (PyTorch's 'none').
    /// </summary>
    None,
}
