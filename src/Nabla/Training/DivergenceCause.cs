namespace Nabla;

/// <summary>
/// Why <see cref="Trainer.Fit"/> stopped with a <see cref="TrainingDivergedException"/>: what the trainer found when
/// it looked, from the most specific (the data, one gradient, one weight) to the most general. Notebook 06.
/// </summary>
public enum DivergenceCause
{
    /// <summary>
    /// The loss became NaN or infinite while the batch, every weight and the previous gradients were finite: the
    /// forward pass overflowed (weights or inputs too large, often after a too-large learning rate) or the loss
    /// function itself produced it (a log of 0, a division by 0).
    /// </summary>
    NonFiniteLoss,

    /// <summary>The batch itself holds a NaN or an infinity (an input or a target): the data, not the training, is at fault.</summary>
    NonFiniteBatch,

    /// <summary>
    /// A weight became NaN or infinite although the gradients of the step before were finite: the update
    /// w - lr * g overshot (the learning rate is too large for this problem).
    /// </summary>
    NonFiniteParameter,

    /// <summary>
    /// A gradient was NaN or infinite while its loss was still finite: the derivative of some operation is
    /// infinite or undefined at the point reached (a square root or fractional power at 0, a log or a division
    /// at 0), and the update carried it into the weights.
    /// </summary>
    NonFiniteGradient,

    /// <summary>
    /// The loss stayed finite but exploded: an epoch's mean training loss grew more than 1000x above the first
    /// batch's loss (or above 1, if that was smaller). A learning rate far too large does this before anything overflows.
    /// </summary>
    ExplodingLoss,

    /// <summary>
    /// The weights exploded: the largest |w| grew more than 10000x above its value when training started (or
    /// above 1, if that was smaller) while the loss did not fall below the first batch's.
    /// </summary>
    ExplodingWeights,
}
