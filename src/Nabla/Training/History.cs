using System.Collections;

namespace Nabla;

/// <summary>
/// The per-epoch record of one <see cref="Trainer.Fit"/> run: an <see cref="EpochResult"/> per epoch, the best
/// epoch, and whether training stopped early. Notebook 07: training loss keeps falling, validation loss falls
/// then rises; the best model is the one at the lowest validation loss.
/// </summary>
public sealed class History : IReadOnlyList<EpochResult>
{
    private readonly EpochResult[] epochs;

    /// <summary>Wraps the results of a finished run.</summary>
    /// <param name="epochs">One result per completed epoch, in order.</param>
    /// <param name="stoppedEarly">True when early stopping ended the run.</param>
    /// <param name="restoredBest">True when the weights were reset to the best epoch's.</param>
    public History(IEnumerable<EpochResult> epochs, bool stoppedEarly, bool restoredBest)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        this.epochs = epochs.ToArray();
        StoppedEarly = stoppedEarly;
        RestoredBest = restoredBest;
    }

    /// <summary>
    /// The epoch (1-based) with the lowest validation loss, or the lowest training loss when there was no
    /// validation set; 0 when no epoch ran. Ties go to the earlier epoch.
    /// </summary>
    public int BestEpoch
    {
        get
        {
            var best = 0;
            var bestLoss = double.PositiveInfinity;
            foreach (var e in epochs)
            {
                var loss = e.ValidationLoss ?? e.TrainLoss;
                if (loss < bestLoss)
                {
                    (best, bestLoss) = (e.Epoch, loss);
                }
            }

            return best;
        }
    }

    /// <summary>The result of <see cref="BestEpoch"/>.</summary>
    /// <exception cref="InvalidOperationException">No epoch ran.</exception>
    public EpochResult Best => BestEpoch > 0 ? epochs[BestEpoch - 1]
        : throw new InvalidOperationException("History has no best epoch: no epoch completed with a finite loss.");

    /// <summary>True when early stopping ended training before the configured number of epochs.</summary>
    public bool StoppedEarly { get; }

    /// <summary>True when the model's weights were restored to those of <see cref="BestEpoch"/> after training.</summary>
    public bool RestoredBest { get; }

    /// <summary>The number of completed epochs.</summary>
    public int Count => epochs.Length;

    /// <summary>The result of the epoch at <paramref name="index"/> (0-based: index 0 is epoch 1).</summary>
    public EpochResult this[int index] => epochs[index];

    /// <summary>Total wall-clock seconds of all epochs.</summary>
    public double Seconds => epochs.Sum(e => e.Seconds);

    /// <inheritdoc/>
    public IEnumerator<EpochResult> GetEnumerator() => ((IEnumerable<EpochResult>)epochs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line per epoch, then the best epoch.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, epochs.Select(e => e.ToString())) + Environment.NewLine +
        $"best epoch {BestEpoch} of {Count}{(StoppedEarly ? " (stopped early)" : "")}{(RestoredBest ? ", its weights restored" : "")}";
}
