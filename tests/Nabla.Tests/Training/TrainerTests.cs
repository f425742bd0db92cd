using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>The training loop: iterations, history, modes, progress, accuracy and the overfitting sanity check.</summary>
public sealed class TrainerTests
{
    [Fact]
    public void TwoThousandExamplesInBatchesOf200AreTenIterationsPerEpoch()
    {
        var rng = new Random(0);
        var model = new Sequential(new Linear(4, 3, rng));
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { Epochs = 3, BatchSize = 200 }
            .Fit(RandomLabels(2000, 4, 3, seed: 1));
        Assert.Equal(3, history.Count);
        Assert.All(history, e => Assert.Equal(10, e.Iterations));
        Assert.Equal([1, 2, 3], history.Select(e => e.Epoch));
        Assert.All(history, e => Assert.Null(e.ValidationLoss));

        var optimizer = new Sgd(model.Parameters(), lr: 0.1);
        new Trainer(model, optimizer, TrainingLosses.CrossEntropy) { Epochs = 2, BatchSize = 200 }.Fit(RandomLabels(2050, 4, 3, seed: 1));
        Assert.Equal(22, optimizer.StepCount); // 10 full batches + 1 of 50, twice
    }

    [Fact]
    public void ASmallNetworkOverfitsTwentyExamples()
    {
        var rng = new Random(2);
        var model = new Sequential(new Linear(5, 32, rng), new Tanh(), new Linear(32, 3, rng));
        var data = RandomLabels(20, 5, 3, seed: 3);
        var trainer = new Trainer(model, new Adam(model.Parameters(), lr: 0.02), TrainingLosses.CrossEntropy) { Epochs = 150, BatchSize = 5 };
        var history = trainer.Fit(data);
        var final = trainer.Evaluate(data);
        Assert.Equal(1.0, final.Accuracy);
        Assert.True(final.Loss < 0.01, $"final training loss {final.Loss}");
        Assert.True(history[^1].TrainLoss < history[0].TrainLoss);
    }

    [Fact]
    public void ProgressIsReportedSynchronouslyAfterEveryEpochWithTheHistorysResults()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var seen = new List<EpochResult>();
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0.5), TrainingLosses.CrossEntropy) { Epochs = 4, BatchSize = 16 }
            .Fit(Blobs(64, seed: 1), Blobs(32, seed: 2), new SyncProgress<EpochResult>(seen.Add));
        Assert.Equal(history.ToList(), seen);
        Assert.All(seen, e => Assert.NotNull(e.ValidationAccuracy));
        Assert.True(history[^1].ValidationAccuracy > 0.95, history.ToString());
        Assert.Contains("epoch 4: train loss", history[^1].ToString());
    }

    [Fact]
    public void TrainingModeWhileLearningEvaluationModeWhileMeasuringAndAfterwards()
    {
        var probe = new ModeProbe();
        var model = new Sequential(new Linear(2, 2, new Random(0)), probe);
        new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { Epochs = 2, BatchSize = 10 }
            .Fit(Blobs(20, seed: 1), Blobs(10, seed: 2));
        Assert.Equal([true, true, false, true, true, false], probe.Modes); // 2 training batches, then 1 validation batch, per epoch
        Assert.False(model.IsTraining);
    }

    [Fact]
    public void EvaluateMatchesAHandComputedLossAndAccuracyAndKeepsTheMode()
    {
        var rng = new Random(4);
        var model = new Sequential(new Linear(2, 2, rng), new Dropout(0.5, rng));
        var data = Blobs(50, seed: 5);
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { BatchSize = 7 };
        var result = trainer.Evaluate(data);
        Assert.True(model.IsTraining);
        var output = Trainer.Predict(model, data.X);                                  // evaluation mode: no dropout
        Assert.True(model.IsTraining);
        Assert.Equal(Loss.CrossEntropy(output, data.Labels!).Item(), result.Loss, 12);
        Assert.Equal(output.ArgMax().Zip(data.Labels!).Count(p => p.First == p.Second) / 50.0, result.Accuracy);
        Assert.Equal(50, result.Count);
    }

    [Fact]
    public void BinaryClassificationWithOneLogitUsesTheSignForAccuracy()
    {
        var rng = new Random(6);
        var model = new Sequential(new Linear(2, 1, rng));
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0.5), TrainingLosses.BinaryCrossEntropyWithLogits) { Epochs = 10, BatchSize = 16 }
            .Fit(Blobs(100, seed: 7), Blobs(50, seed: 8));
        Assert.True(history[^1].ValidationAccuracy > 0.95, history.ToString());
        Assert.Equal([1, 0, 0], Trainer.PredictedClasses(Tensor.Column(0.3, -0.1, 0)));
    }

    [Fact]
    public void RegressionHasNoAccuracy()
    {
        var rng = new Random(7);
        var X = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(40, 1, (i, _) => i / 40.0);
        var data = Dataset.Regression(X, X * 3 + 1);
        var model = new Sequential(new Linear(1, 1, rng));
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0.5), TrainingLosses.MseLoss) { Epochs = 200, BatchSize = 40 }.Fit(data);
        Assert.Null(history[^1].TrainAccuracy);
        Assert.True(history[^1].TrainLoss < 1e-3, history[^1].ToString());
        Assert.Equal(3.0, ((Linear)model[0]).W.Data[0, 0], 1);
    }

    [Fact]
    public void ConfigurationErrorsSayWhatIsMissing()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var sgd = new Sgd(model.Parameters(), lr: 0.1);
        var keepBest = Assert.Throws<InvalidOperationException>(() => new Trainer(model, sgd, TrainingLosses.CrossEntropy) { KeepBest = true }.Fit(Blobs(10, 1)));
        Assert.Contains("validation", keepBest.Message);
        var batch = Assert.Throws<InvalidOperationException>(() => new Trainer(model, sgd, TrainingLosses.CrossEntropy) { BatchSize = 0 }.Fit(Blobs(10, 1)));
        Assert.Contains("BatchSize 0", batch.Message);
        var regression = Dataset.Regression(new double[,] { { 1, 2 } }, new double[,] { { 1 } });
        var labels = Assert.Throws<ArgumentException>(() => new Trainer(model, sgd, TrainingLosses.CrossEntropy).Fit(regression));
        Assert.Contains("class labels", labels.Message);
        var notScalar = Assert.Throws<InvalidOperationException>(() => new Trainer(model, sgd, (output, _) => output).Fit(Blobs(10, 1)));
        Assert.Contains("1x1", notScalar.Message);
        Assert.Contains("(10, 2)", notScalar.Message);
    }
}
