using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// Early stopping and keep-best at their boundaries (issue 18, mutation testing): a validation loss that only equals
/// the best is no improvement, and patience that runs out exactly at the last epoch is not an early stop.
/// </summary>
public sealed class EarlyStoppingTests
{
    /// <summary>An optimizer that adds 1 to every weight per step, whatever the gradient: the weights move, the loss below does not.</summary>
    private sealed class AddOne(IEnumerable<Tensor> parameters) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g) => p.Add(1.0, p);
    }

    /// <summary>The same loss, 1, for every batch: every epoch's training and validation loss is exactly 1.</summary>
    private static readonly TrainingLoss Flat = (output, _) => (output * 0.0).Mean() + 1.0;

    private static (Sequential Model, Trainer Trainer) FlatRun(int epochs, bool keepBest = false, int? patience = null)
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        return (model, new Trainer(model, new AddOne(model.Parameters()), Flat) { Epochs = epochs, BatchSize = 8, KeepBest = keepBest, Patience = patience });
    }

    [Fact]
    public void AValidationLossEqualToTheBestIsNoImprovement()
    {
        var (_, trainer) = FlatRun(epochs: 5, patience: 2);
        var history = trainer.Fit(Blobs(8, seed: 1), Blobs(4, seed: 2));
        Assert.Equal([1.0, 1.0, 1.0], history.Select(e => e.ValidationLoss!.Value));   // epochs 2 and 3 only equal epoch 1
        Assert.True(history.StoppedEarly);
        Assert.Equal(1, history.BestEpoch);
    }

    [Fact]
    public void KeepBestRestoresTheFirstOfEqualEpochs()
    {
        var (model, trainer) = FlatRun(epochs: 3, keepBest: true);
        var start = Snapshot(model);
        var history = trainer.Fit(Blobs(8, seed: 1), Blobs(4, seed: 2));                 // one step (+1) per epoch
        Assert.True(history.RestoredBest);
        Assert.Equal(start.Select(w => w + 1.0), Snapshot(model));                       // epoch 1's weights, not epoch 3's (start + 3)
    }

    [Fact]
    public void PatienceRunningOutAtTheLastEpochIsNotAnEarlyStop()
    {
        var (_, trainer) = FlatRun(epochs: 3, patience: 2);
        var history = trainer.Fit(Blobs(8, seed: 1), Blobs(4, seed: 2));
        Assert.Equal(3, history.Count);
        Assert.False(history.StoppedEarly);
        Assert.EndsWith(Environment.NewLine + "best epoch 1 of 3", history.ToString());
    }

    [Fact]
    public void PatienceRunningOutBeforeTheLastEpochStopsThere()
    {
        var (_, trainer) = FlatRun(epochs: 4, patience: 2);
        var history = trainer.Fit(Blobs(8, seed: 1), Blobs(4, seed: 2));
        Assert.Equal(3, history.Count);
        Assert.True(history.StoppedEarly);
        Assert.EndsWith(Environment.NewLine + "best epoch 1 of 3 (stopped early)", history.ToString());
    }

    [Fact]
    public void ARunWithoutPatienceOrKeepBestNeitherStopsEarlyNorRestores()
    {
        var (_, trainer) = FlatRun(epochs: 2);
        var history = trainer.Fit(Blobs(8, seed: 1));
        Assert.Equal(2, history.Count);
        Assert.False(history.StoppedEarly);
        Assert.False(history.RestoredBest);
    }
}
