using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// The training API refuses nulls by name and checks its settings at their boundaries (issue 18, mutation testing):
/// 1 epoch, a batch of 1 and a patience of 1 are the smallest accepted values, 0 is refused.
/// </summary>
public sealed class TrainingArgumentTests
{
    private static Sequential Model() => new(new Linear(2, 2, new Random(0)));

    [Fact]
    public void NullsAreRefusedByName()
    {
        var model = Model();
        var sgd = new Sgd(model.Parameters(), lr: 0.1);
        var data = Blobs(8, seed: 1);
        void Named(string name, Action call) => Assert.Equal(name, Assert.Throws<ArgumentNullException>(call).ParamName);

        Named("model", () => new Trainer(null!, sgd, TrainingLosses.CrossEntropy));
        Named("optimizer", () => new Trainer(model, null!, TrainingLosses.CrossEntropy));
        Named("loss", () => new Trainer(model, sgd, null!));
        Named("train", () => new Trainer(model, sgd, TrainingLosses.CrossEntropy).Fit(null!));
        Named("model", () => Trainer.Evaluate(null!, data, TrainingLosses.CrossEntropy));
        Named("data", () => Trainer.Evaluate(model, null!, TrainingLosses.CrossEntropy));
        Named("loss", () => Trainer.Evaluate(model, data, null!));
        Named("model", () => Trainer.Predict(null!, Matrix<double>.Build.Dense(1, 2)));
        Named("X", () => Trainer.Predict(model, null!));
        Named("output", () => Trainer.PredictedClasses(null!));
        Named("actual", () => ConfusionMatrix.Count(null!, [0], 2));
        Named("predicted", () => ConfusionMatrix.Count([0], null!, 2));
        Named("epochs", () => new History(null!, stoppedEarly: false, restoredBest: false));
        Named("report", () => new SyncProgress<int>(null!));
        Named("batch", () => TrainingLosses.CrossEntropy(Tensor.Zeros(1, 2), null!));
        Named("batch", () => TrainingLosses.BinaryCrossEntropyWithLogits(Tensor.Zeros(1, 1), null!));
        Named("batch", () => TrainingLosses.MseLoss(Tensor.Zeros(1, 1), null!));
        Named("batch", () => TrainingLosses.L1Loss(Tensor.Zeros(1, 1), null!));
    }

    [Theory]
    [InlineData(0, 4, null)]
    [InlineData(2, 0, null)]
    [InlineData(2, 4, 0)]
    public void ZeroEpochsBatchSizeOrPatienceIsRefused(int epochs, int batchSize, int? patience)
    {
        var model = Model();
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { Epochs = epochs, BatchSize = batchSize, Patience = patience };
        var e = Assert.Throws<InvalidOperationException>(() => trainer.Fit(Blobs(8, seed: 1), Blobs(4, seed: 2)));
        Assert.StartsWith(
            $"Trainer expects Epochs >= 1, BatchSize >= 1 and Patience >= 1 (or null), got Epochs {epochs}, BatchSize {batchSize}, Patience {patience?.ToString() ?? "null"}.",
            e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneEpochBatchesOfOneAndAPatienceOfOneAreAccepted()
    {
        var model = Model();
        var optimizer = new Sgd(model.Parameters(), lr: 0.01);
        var history = new Trainer(model, optimizer, TrainingLosses.CrossEntropy) { Epochs = 1, BatchSize = 1, Patience = 1 }
            .Fit(Blobs(6, seed: 1), Blobs(4, seed: 2));
        Assert.Single(history);
        Assert.Equal(6, optimizer.StepCount);      // one step per example
    }

    [Fact]
    public void ConfusionMatrixAcceptsOneClassAndRefusesZero()
    {
        Assert.Equal(new int[,] { { 2 } }, ConfusionMatrix.Count([0, 0], [0, 0], 1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.Count([0], [0], 0));
        Assert.StartsWith("ConfusionMatrix.Count expects at least 1 class, got 0.", e.Message, StringComparison.Ordinal);
    }
}
