namespace Nabla;

/// <summary>
/// The loss a <see cref="Trainer"/> minimizes: from the model's output for one mini-batch and the batch
/// itself (targets Y, labels) to a 1x1 tensor, normally the mean over the batch. Ready-made ones are in
/// <see cref="TrainingLosses"/>; any other is a lambda, e.g. <c>(output, batch) =&gt; Loss.HuberLoss(output, batch.Y, delta: 2)</c>.
/// </summary>
/// <param name="output">The model's output for the batch, (B, K).</param>
/// <param name="batch">The batch: inputs, targets (B, K) and, for classification, labels (B).</param>
/// <returns>The loss, 1x1.</returns>
public delegate Tensor TrainingLoss(Tensor output, Batch batch);

/// <summary>The losses of <see cref="Loss"/> in the shape a <see cref="Trainer"/> takes (output, batch). Notebook 02's recipe table.</summary>
public static class TrainingLosses
{
    /// <summary>Multiclass: K logits per example + categorical cross-entropy against the batch's labels: <see cref="Loss.CrossEntropy(Tensor, int[], Reduction)"/> (torch's cross_entropy).</summary>
    public static Tensor CrossEntropy(Tensor output, Batch batch) => Loss.CrossEntropy(Output(output), LabelsOf(batch, nameof(CrossEntropy)));

    /// <summary>
    /// Binary: one logit per example + binary cross-entropy (sigmoid inside, stable):
    /// <see cref="Loss.BinaryCrossEntropyWithLogits"/> (torch's binary_cross_entropy_with_logits). The targets are the
    /// labels (0 or 1) as a column when the batch has labels, else Y.
    /// </summary>
    public static Tensor BinaryCrossEntropyWithLogits(Tensor output, Batch batch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var target = batch.Labels is { } labels ? Tensor.Column(labels.Select(l => (double)l).ToArray()) : batch.Y; // (B, 1)
        return Loss.BinaryCrossEntropyWithLogits(output, target);
    }

    /// <summary>Regression: linear outputs + mean squared error against Y (Gaussian likelihood): <see cref="Loss.MseLoss"/> (torch's mse_loss).</summary>
    public static Tensor MseLoss(Tensor output, Batch batch) => Loss.MseLoss(Output(output), TargetsOf(batch));

    /// <summary>Robust regression: mean absolute error against Y (Laplace likelihood): <see cref="Loss.L1Loss"/> (torch's l1_loss).</summary>
    public static Tensor L1Loss(Tensor output, Batch batch) => Loss.L1Loss(Output(output), TargetsOf(batch));

    /// <summary>The model's output, checked for null (so the error names output, not the loss's input).</summary>
    private static Tensor Output(Tensor output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output;
    }

    private static Tensor TargetsOf(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Y;
    }

    private static int[] LabelsOf(Batch batch, string loss)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Labels ?? throw new ArgumentException(
            $"{loss} expects a batch with class labels (a dataset made by Dataset.Classification), got a regression batch.", nameof(batch));
    }
}
