using static System.FormattableString;

namespace Nabla;

/// <summary>
/// Thrown by <see cref="Trainer.Fit"/> when training diverges: the loss became NaN or infinite, or it (or the
/// weights) exploded while staying finite. Further steps cannot recover. The message names the epoch, the step,
/// the <see cref="Cause"/> the trainer found (which value, where) and what to try. Notebook 06.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for a non-finite loss with no more specific cause (<see cref="DivergenceCause.NonFiniteLoss"/>).</summary>
    /// <param name="epoch">The epoch (1-based).</param>
    /// <param name="step">The step within the epoch (1-based batch index).</param>
    /// <param name="steps">Steps per epoch.</param>
    /// <param name="loss">The non-finite loss value.</param>
    /// <param name="learningRate">The optimizer's learning rate at the time.</param>
    public TrainingDivergedException(int epoch, int step, int steps, double loss, double learningRate)
        : this(epoch, step, steps, loss, learningRate, DivergenceCause.NonFiniteLoss, finding: null)
    {
    }

    /// <summary>Creates the exception with the cause found and the evidence for it.</summary>
    /// <param name="epoch">The epoch (1-based).</param>
    /// <param name="step">The step within the epoch (1-based batch index); the epoch's last step for an exploding loss or weights.</param>
    /// <param name="steps">Steps per epoch.</param>
    /// <param name="loss">The loss that showed the divergence: the non-finite batch loss, or the epoch's mean loss when it exploded.</param>
    /// <param name="learningRate">The optimizer's learning rate at the time.</param>
    /// <param name="cause">What went wrong, as far as the trainer could tell.</param>
    /// <param name="finding">The evidence in a sentence or two, e.g. "Cause: parameter 0.W (2, 16) holds NaN at row 1, column 3, ..."; null for none.</param>
    public TrainingDivergedException(int epoch, int step, int steps, double loss, double learningRate, DivergenceCause cause, string? finding)
        : base(Describe(epoch, step, steps, loss, learningRate, cause, finding))
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
        LearningRate = learningRate;
        Cause = cause;
    }

    private static string Describe(int epoch, int step, int steps, double loss, double learningRate, DivergenceCause cause, string? finding)
    {
        var text = cause is DivergenceCause.ExplodingLoss or DivergenceCause.ExplodingWeights
            ? Invariant($"Training diverged in epoch {epoch} (checked after its {steps} steps): ")
            : Invariant($"Training diverged at epoch {epoch}, step {step} of {steps}: the loss became {loss} (expected a finite number). ");
        text += finding is null ? "" : finding + " ";
        if (cause is not (DivergenceCause.NonFiniteBatch or DivergenceCause.NonFiniteGradient))
        {
            text += Invariant($"The learning rate {learningRate:G6} may be too large; try 10x smaller ({learningRate / 10:G6}).");
        }

        if (cause is DivergenceCause.NonFiniteLoss)
        {
            text += " Other causes: inputs on very different scales (standardize them) or a hand-made loss that takes the log of 0.";
        }

        return text.TrimEnd();
    }

    /// <summary>The epoch in which training diverged (1-based).</summary>
    public int Epoch { get; }

    /// <summary>The step (batch) within the epoch at which the loss diverged (1-based); the epoch's last step when a finite loss or the weights exploded.</summary>
    public int Step { get; }

    /// <summary>The loss that showed it: NaN or infinity, or the exploded (finite) mean loss of the epoch.</summary>
    public double Loss { get; }

    /// <summary>The learning rate in use.</summary>
    public double LearningRate { get; }

    /// <summary>What the trainer found when it looked: the batch, a gradient, a weight, or only the loss itself.</summary>
    public DivergenceCause Cause { get; }
}
