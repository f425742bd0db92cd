using System.Globalization;

namespace Nabla;

/// <summary>What one epoch of <see cref="Trainer.Fit"/> achieved. Notebooks 06 and 07 plot these.</summary>
/// <param name="Epoch">1 for the first epoch.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches (measured while the weights changed, dropout on).</param>
/// <param name="TrainAccuracy">Fraction of training examples classified correctly during the epoch; null for regression.</param>
/// <param name="ValidationLoss">Mean loss on the validation set after the epoch (evaluation mode); null without one.</param>
/// <param name="ValidationAccuracy">Validation accuracy after the epoch; null without a validation set or for regression.</param>
/// <param name="Seconds">Wall-clock time of the epoch, validation included.</param>
/// <param name="Iterations">Number of optimizer steps (mini-batches): ceil(N / batch size).</param>
public sealed record EpochResult(
    int Epoch, double TrainLoss, double? TrainAccuracy, double? ValidationLoss, double? ValidationAccuracy, double Seconds, int Iterations)
{
    /// <summary>One line, e.g. "epoch 3: train loss 0.2134 acc 93.1% | validation loss 0.2561 acc 91.0% | 10 iterations, 0.05 s".</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = string.Create(c, $"epoch {Epoch}: train loss {TrainLoss:F4}");
        if (TrainAccuracy is { } ta)
        {
            text += string.Create(c, $" acc {100 * ta:F1}%");
        }

        if (ValidationLoss is { } vl)
        {
            text += string.Create(c, $" | validation loss {vl:F4}");
        }

        if (ValidationAccuracy is { } va)
        {
            text += string.Create(c, $" acc {100 * va:F1}%");
        }

        return text + string.Create(c, $" | {Iterations} iterations, {Seconds:F2} s");
    }
}

/// <summary>The loss (and accuracy) of a model on a dataset, from <see cref="Trainer.Evaluate(Dataset)"/>.</summary>
/// <param name="Loss">The mean loss over the examples.</param>
/// <param name="Accuracy">The fraction classified correctly; null for regression.</param>
/// <param name="Count">The number of examples evaluated.</param>
public sealed record Evaluation(double Loss, double? Accuracy, int Count);
