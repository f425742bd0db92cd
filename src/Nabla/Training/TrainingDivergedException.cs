using System.Globalization;

namespace Nabla;

/// <summary>
/// Thrown by <see cref="Trainer.Fit"/> when the loss becomes NaN or infinite: the weights have blown up and
/// further steps cannot recover. The message names the epoch, the step and a likely cause. Notebook 06.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception with a message naming where it happened and what to try.</summary>
    /// <param name="epoch">The epoch (1-based).</param>
    /// <param name="step">The step within the epoch (1-based batch index).</param>
    /// <param name="steps">Steps per epoch.</param>
    /// <param name="loss">The non-finite loss value.</param>
    /// <param name="learningRate">The optimizer's learning rate at the time.</param>
    public TrainingDivergedException(int epoch, int step, int steps, double loss, double learningRate)
        : base(Describe(epoch, step, steps, loss, learningRate))
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
        LearningRate = learningRate;
    }

    private static string Describe(int epoch, int step, int steps, double loss, double learningRate) =>
        FormattableString.Invariant($"Training diverged at epoch {epoch}, step {step} of {steps}: the loss became {loss} (expected a finite number). ") +
        FormattableString.Invariant($"The learning rate {learningRate:G6} may be too large; try 10x smaller ({learningRate / 10:G6}). ") +
        "Other causes: inputs on very different scales (standardize them) or a hand-made loss that takes the log of 0.";

    /// <summary>The epoch in which the loss diverged (1-based).</summary>
    public int Epoch { get; }

    /// <summary>The step (batch) within the epoch at which the loss diverged (1-based).</summary>
    public int Step { get; }

    /// <summary>The non-finite loss value (NaN or infinity).</summary>
    public double Loss { get; }

    /// <summary>The learning rate in use.</summary>
    public double LearningRate { get; }
}
