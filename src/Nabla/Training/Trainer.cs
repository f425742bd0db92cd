using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// The training loop, written once: for every epoch, shuffle, and for every mini-batch run forward, loss,
/// backward and an optimizer step; then measure the validation loss. Notebooks 06, 07 and 09.
/// </summary>
/// <remarks>
/// Configure with init properties and call <see cref="Fit"/>:
/// <code>
/// var history = new Trainer(model, new Adam(model.Parameters(), lr: 0.01), TrainingLosses.CrossEntropy)
///     { Epochs = 20, BatchSize = 64, Seed = 0, KeepBest = true }.Fit(train, validation);
/// </code>
/// One step is <c>ZeroGrad; loss = L(model(x), y); loss.Backward(); Step</c>. The model is in training
/// mode while it learns and in evaluation mode when it is measured (and after <see cref="Fit"/> returns).
/// With <see cref="KeepBest"/> the weights of the epoch with the lowest validation loss are copied aside
/// and put back at the end; with <see cref="Patience"/> training stops after that many epochs without a
/// new lowest validation loss (early stopping). A NaN or infinite loss stops training with a
/// <see cref="TrainingDivergedException"/>.
/// </remarks>
/// <param name="model">The network to train (its parameters must be the optimizer's).</param>
/// <param name="optimizer">Updates the parameters, e.g. <c>new Sgd(model.Parameters(), lr: 0.1)</c>.</param>
/// <param name="loss">The loss of a batch, e.g. <see cref="TrainingLosses.CrossEntropy"/>.</param>
public sealed partial class Trainer(Module model, Optimizer optimizer, TrainingLoss loss)
{
    /// <summary>The network being trained.</summary>
    public Module Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The optimizer that updates <see cref="Model"/>'s parameters.</summary>
    public Optimizer Optimizer { get; } = optimizer ?? throw new ArgumentNullException(nameof(optimizer));

    /// <summary>The loss minimized on each batch.</summary>
    public TrainingLoss LossFunction { get; } = loss ?? throw new ArgumentNullException(nameof(loss));

    /// <summary>Passes over the training data (default 10).</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Examples per mini-batch (default 32); the last batch of an epoch holds the remainder.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seeds the shuffling (a new <see cref="Random"/>(Seed) per <see cref="Fit"/>, so a run is repeatable).</summary>
    public int Seed { get; init; }

    /// <summary>Shuffle the training examples at the start of every epoch (default true).</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>After training, restore the weights of the epoch with the lowest validation loss (needs a validation set).</summary>
    public bool KeepBest { get; init; }

    /// <summary>Stop after this many epochs in a row without a new lowest validation loss; null never stops early.</summary>
    public int? Patience { get; init; }

    /// <summary>
    /// Turns outputs (B, K) into predicted classes for accuracy; null for <see cref="PredictedClasses"/>
    /// (arg-max, or logit &gt; 0 for a single output column).
    /// </summary>
    public Func<Tensor, int[]>? Classify { get; init; }

    /// <summary>Trains <see cref="Model"/> on <paramref name="train"/> and returns the per-epoch history.</summary>
    /// <param name="train">The training examples.</param>
    /// <param name="validation">Examples measured after every epoch, never trained on (needed by KeepBest and Patience).</param>
    /// <param name="progress">Called synchronously after every epoch, e.g. with a <see cref="SyncProgress{T}"/>.</param>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    public History Fit(Dataset train, Dataset? validation = null, IProgress<EpochResult>? progress = null)
    {
        CheckConfiguration(train, validation);
        var rng = new Random(Seed);
        var parameters = Model.Parameters().ToArray();
        var steps = (train.Count + BatchSize - 1) / BatchSize;
        var results = new List<EpochResult>();
        Matrix<double>[]? best = null;
        var bestLoss = double.PositiveInfinity;
        var sinceBest = 0;
        var stoppedEarly = false;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var (trainLoss, trainAccuracy) = TrainOneEpoch(train, rng, epoch, steps);
            var measured = validation is null ? null : Evaluate(validation);
            var result = new EpochResult(epoch, trainLoss, trainAccuracy, measured?.Loss, measured?.Accuracy, clock.Elapsed.TotalSeconds, steps);
            results.Add(result);

            var monitored = result.ValidationLoss ?? result.TrainLoss;
            if (monitored < bestLoss)
            {
                (bestLoss, sinceBest) = (monitored, 0);
                best = KeepBest ? parameters.Select(p => p.Data.Clone()).ToArray() : null;
            }
            else
            {
                sinceBest++;
            }

            progress?.Report(result);
            if (Patience is { } patience && sinceBest >= patience && epoch < Epochs)
            {
                stoppedEarly = true;
                break;
            }
        }

        if (best is not null)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                best[i].CopyTo(parameters[i].Data);    // in place: the optimizer holds these tensors
            }
        }

        Model.Eval();
        return new History(results, stoppedEarly, restoredBest: best is not null);
    }

    /// <summary>One pass over the shuffled training data; returns the mean loss and accuracy seen on the way.</summary>
    private (double Loss, double? Accuracy) TrainOneEpoch(Dataset train, Random rng, int epoch, int steps)
    {
        Model.Train();
        double lossSum = 0;
        var correct = 0;
        var step = 0;
        foreach (var batch in train.Batches(BatchSize, Shuffle ? rng : null))
        {
            step++;
            Optimizer.ZeroGrad();
            var output = Model.Forward(batch.X);                // (B, K)
            var loss = ComputeLoss(output, batch);              // 1x1
            var value = loss.Item();
            if (!double.IsFinite(value))
            {
                throw new TrainingDivergedException(epoch, step, steps, value, Optimizer.LearningRate);
            }

            loss.Backward();
            Optimizer.Step();
            lossSum += value * batch.Count;
            if (batch.Labels is { } labels)
            {
                correct += CountCorrect(output, labels);
            }
        }

        return (lossSum / train.Count, train.IsClassification ? (double)correct / train.Count : null);
    }

    private void CheckConfiguration(Dataset train, Dataset? validation)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (Epochs < 1 || BatchSize < 1 || Patience < 1)
        {
            throw new ArgumentException(
                $"Trainer expects Epochs >= 1, BatchSize >= 1 and Patience >= 1 (or null), got Epochs {Epochs}, BatchSize {BatchSize}, Patience {Patience?.ToString() ?? "null"}.");
        }

        if (train.Count == 0)
        {
            throw new ArgumentException("Trainer.Fit expects at least one training example, got an empty dataset.", nameof(train));
        }

        if ((KeepBest || Patience is not null) && validation is null)
        {
            throw new ArgumentException(
                "KeepBest and Patience watch the validation loss: pass a validation dataset to Fit(train, validation), got none.", nameof(validation));
        }
    }
}
