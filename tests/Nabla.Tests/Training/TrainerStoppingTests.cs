using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>Divergence stops training with a helpful message; keep-best restores weights; early stopping stops.</summary>
public sealed class TrainerStoppingTests
{
    [Fact]
    public void ANaNLossNamesTheEpochTheStepAndTheLearningRate()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var calls = 0;
        TrainingLoss poisoned = (output, batch) =>
        {
            var loss = Loss.CrossEntropy(output, batch.Labels!);
            return ++calls == 13 ? loss * double.NaN : loss;                  // 10 steps per epoch: epoch 2, step 3
        };
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), poisoned) { Epochs = 5, BatchSize = 20 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Blobs(200, seed: 1)));
        Assert.Contains("epoch 2, step 3 of 10", error.Message);
        Assert.Contains("NaN", error.Message);
        Assert.Contains("learning rate 0.1 may be too large; try 10x smaller (0.01)", error.Message);
        Assert.Contains("The batch, every weight and the model's outputs are finite: the loss function itself produced it", error.Message);
        Assert.Equal(DivergenceCause.NonFiniteLoss, error.Cause);
        Assert.Equal((2, 3), (error.Epoch, error.Step));
    }

    [Fact]
    public void AHugeLearningRateDivergesAndIsReported()
    {
        var rng = new Random(1);
        var X = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(100, 3, (_, _) => 100 * Gaussian.Sample(rng));
        var data = Dataset.Regression(X, X.RowSums().ToColumnMatrix());
        var model = new Sequential(new Linear(3, 8, rng), new Linear(8, 1, rng));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 10), TrainingLosses.MseLoss) { Epochs = 50, BatchSize = 10 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data));
        Assert.Contains($"epoch {error.Epoch}, step {error.Step} of 10", error.Message);
        Assert.Contains("learning rate 10 may be too large; try 10x smaller (1)", error.Message);
        Assert.False(double.IsFinite(error.Loss));
    }

    private static (Sequential Model, Trainer Trainer) Overfitter(int epochs, bool keepBest, int? patience)
    {
        var rng = new Random(3);
        var model = new Sequential(new Linear(10, 64, rng), new Relu(), new Linear(64, 64, rng), new Relu(), new Linear(64, 3, rng));
        var trainer = new Trainer(model, new Adam(model.Parameters(), lr: 0.01), TrainingLosses.CrossEntropy)
        {
            Epochs = epochs, BatchSize = 10, Seed = 1, KeepBest = keepBest, Patience = patience,
        };
        return (model, trainer);
    }

    [Fact]
    public void KeepBestRestoresTheWeightsOfTheBestValidationEpoch()
    {
        var (model, trainer) = Overfitter(30, keepBest: true, patience: null);
        var snapshots = new List<MathNet.Numerics.LinearAlgebra.Matrix<double>[]>();
        var train = RandomLabels(30, 10, 3, seed: 4);
        var validation = RandomLabels(200, 10, 3, seed: 5);
        var history = trainer.Fit(train, validation, new SyncProgress<EpochResult>(_ => snapshots.Add(Snapshot(model))));

        Assert.True(history.RestoredBest);
        Assert.InRange(history.BestEpoch, 1, history.Count - 1);                    // validation loss rose afterwards: overfitting
        Assert.Equal(history.Select(e => e.ValidationLoss!.Value).Min(), history.Best.ValidationLoss);
        Assert.Equal(snapshots[history.BestEpoch - 1], Snapshot(model));
        Assert.NotEqual(snapshots[^1], Snapshot(model));
        Assert.Equal(history.Best.ValidationLoss!.Value, trainer.Evaluate(validation).Loss, 12);
    }

    [Fact]
    public void EarlyStoppingStopsAfterPatienceEpochsWithoutImprovement()
    {
        var (_, trainer) = Overfitter(100, keepBest: false, patience: 3);
        var history = trainer.Fit(RandomLabels(30, 10, 3, seed: 4), RandomLabels(200, 10, 3, seed: 5));
        Assert.True(history.StoppedEarly);
        Assert.False(history.RestoredBest);
        Assert.True(history.Count < 100);
        Assert.Equal(history.BestEpoch + 3, history.Count);
        Assert.All(history.Skip(history.BestEpoch), e => Assert.True(e.ValidationLoss >= history.Best.ValidationLoss));
        Assert.Contains("stopped early", history.ToString());
    }
}
