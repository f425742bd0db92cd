using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// The divergence messages word for word (issue 18, mutation testing): no finding, a NaN target that appears
/// during training, an infinite gradient that left the weights finite, an overflowing forward pass; and the
/// refusals of an optimizer over a foreign unlabeled tensor and of an empty training set.
/// </summary>
public sealed class DivergenceMessageTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    /// <summary>An optimizer that never moves a weight.</summary>
    private sealed class Hold(IEnumerable<Tensor> parameters) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g)
        {
        }
    }

    [Fact]
    public void WithoutAFindingTheMessageGivesTheLearningRateAndTheOtherCauses()
    {
        var error = new TrainingDivergedException(2, 3, 10, double.NaN, 0.1);
        Assert.Equal("Training diverged at epoch 2, step 3 of 10: the loss became NaN (expected a finite number). " +
            "The learning rate 0.1 may be too large; try 10x smaller (0.01). " +
            "Other causes: inputs on very different scales (standardize them) or a hand-made loss that takes the log of 0.", error.Message);
        Assert.Equal((2, 3, 0.1, DivergenceCause.NonFiniteLoss), (error.Epoch, error.Step, error.LearningRate, error.Cause));
        Assert.True(double.IsNaN(error.Loss));
    }

    [Fact]
    public void ANanTargetThatAppearsDuringTrainingIsBlamedOnTheBatch()
    {
        var model = new Sequential(Line(0.5, 0));
        var data = Dataset.Regression(M.Dense(4, 1, 1.0), M.Dense(4, 1, 2.0));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.MseLoss) { Epochs = 2, BatchSize = 2, Shuffle = false };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data, progress: new SyncProgress<EpochResult>(_ => data.Y[3, 0] = double.NaN)));
        Assert.Equal(DivergenceCause.NonFiniteBatch, error.Cause);
        Assert.Equal("Training diverged at epoch 2, step 2 of 2: the loss became NaN (expected a finite number). " +
            "Cause: the batch's targets hold NaN at row 1, column 0 of the batch: fix or remove that value in the data.", error.Message);
    }

    [Fact]
    public void AnInfiniteGradientThatLeftTheWeightsFiniteIsNamedAlone()
    {
        var model = new Sequential(Line(0, 0));                                   // outputs 0, where d(sqrt x)/dx is infinite
        var calls = 0;
        TrainingLoss sqrtThenNan = (output, _) => ++calls == 1 ? output.Pow(0.5).Mean() : output.Pow(0.5).Mean() * double.NaN;
        var trainer = new Trainer(model, new Hold(model.Parameters()), sqrtThenNan) { Epochs = 1, BatchSize = 1, Shuffle = false };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Equal(DivergenceCause.NonFiniteGradient, error.Cause);
        Assert.Equal("Training diverged at epoch 1, step 2 of 2: the loss became NaN (expected a finite number). " +
            "Cause: at the step before, whose loss was still finite (0), the gradient of parameter 0.W (1, 1) was Infinity at row 0, column 0: " +
            "a derivative is infinite or undefined at the point reached (a square root or fractional power at 0, a log or a division at 0).",
            error.Message);
    }

    [Fact]
    public void AnOverflowingForwardPassIsBlamedOnTheOutput()
    {
        var model = new Sequential(Line(1e200, 0));
        var data = Dataset.Regression(M.Dense(1, 1, 1e200), M.Dense(1, 1));       // 1e200 * 1e200 overflows to Infinity
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.MseLoss) { Epochs = 1 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(data));
        Assert.Equal(DivergenceCause.NonFiniteLoss, error.Cause);
        Assert.Equal("Training diverged at epoch 1, step 1 of 1: the loss became Infinity (expected a finite number). " +
            "The batch and every weight are finite, but the model's output holds Infinity at row 0, column 0: the forward pass overflowed " +
            "(weights or inputs too large). The learning rate 0.1 may be too large; try 10x smaller (0.01). " +
            "Other causes: inputs on very different scales (standardize them) or a hand-made loss that takes the log of 0.", error.Message);
    }

    [Fact]
    public void AnOptimizerOverAnUnlabeledForeignTensorIsRefused()
    {
        var model = new Sequential(Line(0.5, 0));
        var error = Assert.Throws<ArgumentException>(() =>
            new Trainer(model, new Sgd([new Tensor(M.Dense(1, 3), requiresGrad: true)], lr: 0.1), TrainingLosses.MseLoss));
        Assert.StartsWith("Trainer expects an optimizer over the model's parameters, found optimizer parameter 0 (1, 3) that is not one of " +
            "the model's 2 parameter tensors: its steps would train another model. Create the optimizer from this model, " +
            "e.g. new Sgd(model.Parameters(), lr: 0.1).", error.Message);
    }

    [Fact]
    public void AnEmptyTrainingSetIsRefused()
    {
        var model = new Sequential(Line(0.5, 0));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.MseLoss);
        var error = Assert.Throws<ArgumentException>(() => trainer.Fit(Dataset.Regression(M.Dense(0, 1), M.Dense(0, 1))));
        Assert.StartsWith("Trainer.Fit expects at least one training example, got an empty dataset.", error.Message);
        Assert.Equal("train", error.ParamName);
    }
}
