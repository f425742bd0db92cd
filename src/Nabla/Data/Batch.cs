namespace Nabla;

/// <summary>
/// One mini-batch, as tensors ready for a forward pass: inputs X (B, D), targets Y (B, K) and, for
/// classification, the class labels (B). Deconstructs: <c>foreach (var (x, y, labels) in data.Batches(64))</c>.
/// </summary>
/// <param name="X">Inputs (B, D), a constant leaf tensor (no gradient is computed for data).</param>
/// <param name="Y">Targets (B, K): numbers to predict or one-hot labels.</param>
/// <param name="Labels">Class indices (B), or null for regression.</param>
public sealed record Batch(Tensor X, Tensor Y, int[]? Labels)
{
    /// <summary>The number of examples B in this batch.</summary>
    public int Count => X.Rows;
}
