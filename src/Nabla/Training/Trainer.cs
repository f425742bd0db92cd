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
/// new lowest validation loss (early stopping).
/// <para>What it refuses and detects, so that a broken run never ends with a normal-looking result: the optimizer
/// must update this model's parameters (checked when the trainer is made); the inputs (and regression targets)
/// must be finite (checked once when <see cref="Fit"/> starts, ArgumentException); the settings (Epochs, BatchSize
/// and Patience at least 1, a validation set for KeepBest and Patience) are checked when <see cref="Fit"/> starts
/// too, with an InvalidOperationException (the init-only settings are not checked when set); and training stops with a
/// <see cref="TrainingDivergedException"/> naming the <see cref="DivergenceCause"/> when the loss becomes NaN or
/// infinite (the batch, the weights and the last gradients are then examined to say why), when an epoch's mean
/// loss grows more than 1000x above the first batch's, or when the largest weight grows more than 10000x while
/// the loss does not fall (<see cref="StopOnExplosion"/>). These checks cost a scan of the data once and of the
/// weights once per epoch.</para>
/// </remarks>
/// <param name="model">The network to train (its parameters must be the optimizer's).</param>
/// <param name="optimizer">Updates the parameters, e.g. <c>new Sgd(model.Parameters(), lr: 0.1)</c>.</param>
/// <param name="loss">The loss of a batch, e.g. <see cref="TrainingLosses.CrossEntropy"/>.</param>
public sealed partial class Trainer(Module model, Optimizer optimizer, TrainingLoss loss)
{
    /// <summary>The network being trained.</summary>
    public Module Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The loss minimized on each batch.</summary>
    public TrainingLoss LossFunction { get; } = loss ?? throw new ArgumentNullException(nameof(loss));   // null checks first

    /// <summary>The optimizer that updates <see cref="Model"/>'s parameters (each of its parameters is one of the model's).</summary>
    /// <exception cref="ArgumentException">The optimizer updates a tensor that is not one of the model's parameters.</exception>
    public Optimizer Optimizer { get; } = RequireOptimizerOf(model, optimizer);

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
    /// Stop with a <see cref="TrainingDivergedException"/> when the loss or the weights explode while staying finite
    /// (default true): an epoch's mean loss more than 1000x the first batch's, or the largest |w| more than 10000x
    /// its starting value while the loss does not fall. Set false only to watch what a far too large learning rate
    /// does (notebook 04 kills ReLU units that way); a NaN or infinite loss stops training either way.
    /// </summary>
    public bool StopOnExplosion { get; init; } = true;

    /// <summary>
    /// Turns outputs (B, K) into predicted classes for accuracy; null for <see cref="PredictedClasses"/>
    /// (arg-max, or logit &gt; 0 for a single output column).
    /// </summary>
    public Func<Tensor, int[]>? Classify { get; init; }

    /// <summary>Trains <see cref="Model"/> on <paramref name="train"/> and returns the per-epoch history.</summary>
    /// <param name="train">The training examples.</param>
    /// <param name="validation">Examples measured after every epoch, never trained on (needed by KeepBest and Patience).</param>
    /// <param name="progress">Called synchronously after every epoch, e.g. with a <see cref="SyncProgress{T}"/>.</param>
    /// <exception cref="InvalidOperationException">
    /// The trainer's settings are invalid, checked here when Fit starts (the init-only settings are not checked
    /// one by one when set): Epochs, BatchSize or Patience below 1, or KeepBest or Patience without a validation set.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// An empty training set, or an input (or regression target) that is NaN or infinite: "Trainer.Fit expects finite
    /// inputs, found NaN in the training inputs at row 7, column 1" (0-based, as <see cref="Dataset.Subset"/> counts).
    /// </exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite, or the loss or the weights exploded.</exception>
    public History Fit(Dataset train, Dataset? validation = null, IProgress<EpochResult>? progress = null)
    {
        CheckConfiguration(train, validation);
        RequireFinite(train, "training", nameof(train));
        if (validation is not null)
        {
            RequireFinite(validation, "validation", nameof(validation));
        }

        var rng = new Random(Seed);
        var parameters = Model.Parameters().ToArray();
        var run = new Run(MaxAbsWeight(parameters).Value);
        var steps = (train.Count + BatchSize - 1) / BatchSize;
        var results = new List<EpochResult>();
        Matrix<double>[]? best = null;
        var bestLoss = double.PositiveInfinity;
        var sinceBest = 0;
        var stoppedEarly = false;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var (trainLoss, trainAccuracy) = TrainOneEpoch(train, rng, epoch, steps, run);
            if (StopOnExplosion)
            {
                RequireNoExplosion(epoch, steps, trainLoss, run, parameters);
            }

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
    private (double Loss, double? Accuracy) TrainOneEpoch(Dataset train, Random rng, int epoch, int steps, Run run)
    {
        Model.Train();
        double lossSum = 0;
        var correct = 0;
        var step = 0;
        foreach (var batch in train.Batches(BatchSize, Shuffle ? rng : null))
        {
            step++;
            using var memory = new TrainingStep();              // this step's matrices are the next step's (src/Nabla/Memory)
            var output = Model.Forward(batch.X);                // (B, K)
            var loss = ComputeLoss(output, batch);              // 1x1
            var value = loss.Item();
            if (!double.IsFinite(value))
            {
                throw Diverged(epoch, step, steps, value, batch, output, run);
            }

            Optimizer.ZeroGrad();       // only now: had the loss diverged, the last step's gradients would still be there to examine
            loss.Backward();
            Optimizer.Step();
            run.Stepped(value);
            lossSum += value * batch.Count;
            if (batch.Labels is { } labels)
            {
                correct += CountCorrect(output, labels);
            }
        }

        return (lossSum / train.Count, train.IsClassification ? (double)correct / train.Count : null);
    }
}
