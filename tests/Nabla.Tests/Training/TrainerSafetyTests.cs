using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// Runs that used to end normally with a wrong result now stop, saying why: a NaN in the data, an optimizer of
/// another model, a loss or weights that explode while staying finite, and the cause behind a NaN loss.
/// </summary>
public sealed class TrainerSafetyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    private static (Sequential Model, Trainer Trainer) Classifier(double lr = 0.1, int epochs = 3, int batchSize = 20)
    {
        var model = new Sequential(new Linear(2, 16, new Random(0)), new Relu(), new Linear(16, 2, new Random(1)));
        return (model, new Trainer(model, new Sgd(model.Parameters(), lr), TrainingLosses.CrossEntropy) { Epochs = epochs, BatchSize = batchSize });
    }

    [Fact]
    public void OneNanFeatureIn200RowsIsRefusedBeforeAnyStep()
    {
        var (model, trainer) = Classifier();
        var data = Blobs(200, seed: 1);
        data.X[7, 1] = double.NaN;
        var before = Snapshot(model);
        var error = Assert.Throws<ArgumentException>(() => trainer.Fit(data));
        Assert.StartsWith("Trainer.Fit expects finite inputs, found NaN in the training inputs at row 7, column 1.", error.Message);
        Assert.Equal("train", error.ParamName);
        Assert.Equal(before, Snapshot(model));                                       // not one step was taken
    }

    [Fact]
    public void AnInfiniteValidationInputIsRefused()
    {
        var (_, trainer) = Classifier();
        var validation = Blobs(20, seed: 2);
        validation.X[3, 0] = double.PositiveInfinity;
        var error = Assert.Throws<ArgumentException>(() => trainer.Fit(Blobs(40, seed: 1), validation));
        Assert.StartsWith("Trainer.Fit expects finite inputs, found Infinity in the validation inputs at row 3, column 0.", error.Message);
        Assert.Equal("validation", error.ParamName);
    }

    [Fact]
    public void ANonFiniteRegressionTargetIsRefused()
    {
        var model = new Sequential(new Linear(1, 1, new Random(0)));
        var data = Dataset.Regression(M.Dense(5, 1, 1.0), M.Dense(5, 1, 2.0));
        data.Y[2, 0] = double.NegativeInfinity;
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.MseLoss);
        var error = Assert.Throws<ArgumentException>(() => trainer.Fit(data));
        Assert.StartsWith("Trainer.Fit expects finite targets, found -Infinity in the training targets at row 2, column 0.", error.Message);
    }

    [Fact]
    public void AnOptimizerOfAnotherModelIsRefused()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var other = new Sequential(new Linear(2, 2, new Random(0)));
        var error = Assert.Throws<ArgumentException>(() => new Trainer(model, new Sgd(other.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy));
        Assert.StartsWith("Trainer expects an optimizer over the model's parameters, found optimizer parameter 0 'W' (2, 2) that is not one of " +
            "the model's 2 parameter tensors: its steps would train another model. Create the optimizer from this model, " +
            "e.g. new Sgd(model.Parameters(), lr: 0.1).", error.Message);
        Assert.Equal("optimizer", error.ParamName);

        var head = new Linear(2, 2, new Random(1));                                  // training only part of a model is fine
        var frozenBody = new Sequential(new Linear(2, 2, new Random(2)), new Relu(), head);
        _ = new Trainer(frozenBody, new Sgd(head.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy);
    }

    [Fact]
    public void AFiniteButExplodingLossStopsAfterTheEpoch()
    {
        var (model, _) = Classifier();
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 1e6), TrainingLosses.CrossEntropy)  // SGD lr 1e6 with cross-entropy
            { Epochs = 5, BatchSize = 32, Shuffle = false };
        var data = Blobs(200, seed: 1);
        var first = Loss.CrossEntropy(model.Forward(new Tensor(data.X.SubMatrix(0, 32, 0, 2))), data.Labels![..32]).Item();
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data));
        Assert.Equal(DivergenceCause.ExplodingLoss, error.Cause);
        Assert.Equal((1, 7), (error.Epoch, error.Step));
        Assert.True(double.IsFinite(error.Loss) && error.Loss > 1000 * Math.Max(first, 1), $"epoch mean loss {error.Loss}, first {first}");
        output.WriteLine(error.Message);
        Assert.Equal($"Training diverged in epoch 1 (checked after its 7 steps): the loss grew from {Short(first)} (first batch) to " +
            $"{Short(error.Loss)} (this epoch's mean), more than 1000x, although it stayed finite. " +
            "The learning rate 1E+06 may be too large; try 10x smaller (100000).", error.Message);
    }

    /// <summary>An optimizer that multiplies every weight by 10 per step, whatever the gradient says.</summary>
    private sealed class Inflate(IEnumerable<Tensor> parameters) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g) => p.Multiply(10.0, p);
    }

    [Fact]
    public void WeightsThatExplodeWhileTheLossDoesNotFallStopTraining()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        TrainingLoss flat = (output, _) => (output * 0.0).Mean() + 1.0;             // the loss never moves
        var trainer = new Trainer(model, new Inflate(model.Parameters()), flat) { Epochs = 3, BatchSize = 20 };
        var start = model.Parameters().Max(p => p.Data.Enumerate().Max(Math.Abs));
        var largest = model.Parameters().First(p => p.Data.Enumerate().Max(Math.Abs) == start);
        var end = start;
        for (var step = 0; step < 10; step++)
        {
            end *= 10;
        }

        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Blobs(200, seed: 1)));
        Assert.Equal(DivergenceCause.ExplodingWeights, error.Cause);
        Assert.Equal((1, 10), (error.Epoch, error.Step));
        Assert.Equal($"Training diverged in epoch 1 (checked after its 10 steps): the weights grew from max |w| = {Short(start)} to {Short(end)} " +
            $"(in parameter 0.{largest.Label} {largest.Shape}), more than 10000x, while the loss did not fall (1 at the first batch, 1 this epoch). " +
            "The learning rate 0.1 may be too large; try 10x smaller (0.01).", error.Message);
    }

    [Fact]
    public void StopOnExplosionFalseLetsALessonWatchTheWeightsExplode()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        TrainingLoss flat = (output, _) => (output * 0.0).Mean() + 1.0;
        var history = new Trainer(model, new Inflate(model.Parameters()), flat) { Epochs = 2, BatchSize = 20, StopOnExplosion = false }
            .Fit(Blobs(200, seed: 1));
        Assert.Equal(2, history.Count);
        Assert.True(model.Parameters().Max(p => p.Data.Enumerate().Max(Math.Abs)) > 1e18, "20 steps of x10 each");
    }

    [Fact]
    public void ALossThatStartsAtZeroMayGrowWithoutTrippingTheExplosionCheck()
    {
        var model = new Sequential(new Linear(1, 1, new Random(0)));
        model.Parameters().ToList().ForEach(p => p.Data.Clear());                  // predicts 0: the first batch's loss is exactly 0
        var data = Dataset.Regression(M.Dense(20, 1, 1.0), M.Dense(20, 1, (i, _) => i < 5 ? 0.0 : 3.0));
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0.01), TrainingLosses.MseLoss)
            { Epochs = 3, BatchSize = 5, Shuffle = false }.Fit(data);
        Assert.Equal(3, history.Count);
        Assert.True(history[0].TrainLoss > 1000 * 0.0 && history[0].TrainLoss < 1000, $"epoch 1 loss {history[0].TrainLoss}");
    }

    [Fact]
    public void ANanLossAfterAnOvershootingStepNamesTheParameter()
    {
        var model = new Sequential(new Linear(1, 1, new Random(0)));
        var data = Dataset.Regression(M.Dense(4, 1, 10.0), M.Dense(4, 1, 100.0));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 1e308), TrainingLosses.MseLoss) { BatchSize = 2, Shuffle = false };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data));
        Assert.Equal(DivergenceCause.NonFiniteParameter, error.Cause);
        Assert.Equal("Training diverged at epoch 1, step 2 of 2: the loss became Infinity (expected a finite number). " +
            "Cause: parameter 0.W (1, 1) holds Infinity at row 0, column 0, although the gradients of the step before were finite: " +
            "that update overshot. The learning rate 1E+308 may be too large; try 10x smaller (1E+307).", error.Message);
    }

    [Fact]
    public void ANanLossAfterAnInfiniteGradientNamesTheGradient()
    {
        var model = new Sequential(new Linear(1, 1, new Random(0)));
        model.Parameters().ToList().ForEach(p => p.Data.Clear());                  // outputs 0, where d(sqrt x)/dx is infinite
        TrainingLoss sqrt = (output, _) => output.Pow(0.5).Mean();
        var data = Dataset.Regression(M.Dense(4, 1, 1.0), M.Dense(4, 1, 0.0));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), sqrt) { BatchSize = 2, Shuffle = false };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data));
        Assert.Equal(DivergenceCause.NonFiniteGradient, error.Cause);
        Assert.Equal("Training diverged at epoch 1, step 2 of 2: the loss became Infinity (expected a finite number). " +
            "Cause: at the step before, whose loss was still finite (0), the gradient of parameter 0.W (1, 1) was Infinity at row 0, column 0: " +
            "a derivative is infinite or undefined at the point reached (a square root or fractional power at 0, a log or a division at 0), " +
            "and the update carried it into the weights: now parameter 0.W (1, 1) holds -Infinity at row 0, column 0.", error.Message);
    }

    [Fact]
    public void ANanThatAppearsInTheDataDuringTrainingIsBlamedOnTheBatch()
    {
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var data = Blobs(8, seed: 1);
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { Epochs = 2, BatchSize = 4, Shuffle = false };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data, progress: new SyncProgress<EpochResult>(_ => data.X[5, 0] = double.NaN)));
        Assert.Equal(DivergenceCause.NonFiniteBatch, error.Cause);
        Assert.Equal("Training diverged at epoch 2, step 2 of 2: the loss became NaN (expected a finite number). " +
            "Cause: the batch's inputs hold NaN at row 1, column 0 of the batch: fix or remove that value in the data.", error.Message);
    }

    /// <summary>Three significant digits with a short exponent, as the trainer's messages write numbers (2.3, 2.5e5).</summary>
    private static string Short(double v) => v.ToString("G3", CultureInfo.InvariantCulture)
        .Replace("E+0", "e", StringComparison.Ordinal).Replace("E+", "e", StringComparison.Ordinal)
        .Replace("E-0", "e-", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
}
