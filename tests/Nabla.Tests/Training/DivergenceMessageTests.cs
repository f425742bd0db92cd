using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Training;

/// <summary>
/// The divergence messages, word for word, and the explosion limits exactly at their boundary (issue 18, mutation
/// testing): a mean loss of exactly 1000x the first batch's, or a largest |w| of exactly 10000x its start, is still
/// allowed; just above stops the run.
/// </summary>
public sealed class DivergenceMessageTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    /// <summary>An optimizer that sets every entry of the chosen parameters to one value per step, whatever the gradient.</summary>
    private sealed class SetTo(IEnumerable<Tensor> parameters, double value, params int[] only) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g)
        {
            if (only.Length == 0 || only.Contains(i))
            {
                p.Clear();
                p.Add(value, p);
            }
        }
    }

    /// <summary>An optimizer that never moves a weight.</summary>
    private sealed class Hold(IEnumerable<Tensor> parameters) : Optimizer(parameters, lr: 0.1)
    {
        protected override void Update(int i, Matrix<double> p, Matrix<double> g)
        {
        }
    }

    /// <summary>A layer with one parameter that has no label and that the model-file format does not know.</summary>
    private sealed class Unknown : Module
    {
        private readonly Tensor shift = new(M.Dense(1, 1), requiresGrad: true);

        public override Tensor Forward(Tensor x) => x;

        public override IEnumerable<Tensor> Parameters() => [shift];
    }

    /// <summary>A 1 -> 1 linear layer with w and b given.</summary>
    private static Linear Line(double w, double b)
    {
        var line = new Linear(1, 1, new Random(0));
        (line.W.Data[0, 0], line.b.Data[0, 0]) = (w, b);
        return line;
    }

    /// <summary>The same loss, <paramref name="value"/>, for every batch.</summary>
    private static TrainingLoss Constant(double value) => (output, _) => (output * 0.0).Mean() + value;

    /// <summary>n examples with input 1 and target 0.</summary>
    private static Dataset Ones(int n) => Dataset.Regression(M.Dense(n, 1, 1.0), M.Dense(n, 1));

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

    /// <summary>One epoch in batches of 2 (in order) whose loss is the batch's first input.</summary>
    private static Trainer LossRun(Sequential model) =>
        new(model, new Sgd(model.Parameters(), lr: 0.1), (output, batch) => (output * 0.0).Mean() + batch.X.Data[0, 0])
        { Epochs = 1, BatchSize = 2, Shuffle = false };

    /// <summary>Inputs for two batches of 2 whose losses (under <see cref="LossRun"/>) are <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static Dataset Losses(double first, double second) => Dataset.Regression(M.Dense(4, 1, [first, first, second, second]), M.Dense(4, 1));

    [Theory]
    [InlineData(2, 3998, 2000)]           // mean (2 + 3998) / 2 = 2000 = 1000 x 2: allowed
    [InlineData(0.5, 1999.5, 1000)]       // first batch below 1: the limit is 1000 x 1
    public void AMeanLossOfExactly1000TimesTheFirstIsAllowed(double first, double second, double mean)
    {
        var model = new Sequential(Line(0.5, 0));
        var history = LossRun(model).Fit(Losses(first, second));
        Assert.Equal(mean, history[0].TrainLoss);
    }

    [Fact]
    public void AMeanLossJustAbove1000TimesTheFirstStopsTheRun()
    {
        var model = new Sequential(Line(0.5, 0));
        var error = Assert.Throws<TrainingDivergedException>(() => LossRun(model).Fit(Losses(2, 4000)));   // mean 2001
        Assert.Equal(DivergenceCause.ExplodingLoss, error.Cause);
        Assert.Equal("Training diverged in epoch 1 (checked after its 2 steps): the loss grew from 2 (first batch) to 2e3 (this epoch's mean), " +
            "more than 1000x, although it stayed finite. The learning rate 0.1 may be too large; try 10x smaller (0.01).", error.Message);
        Assert.Equal(2001, error.Loss);
    }

    [Fact]
    public void WeightsOfExactly10000TimesTheirStartAreAllowed()
    {
        var model = new Sequential(Line(2, 0));                                   // max |w| = 2 at the start: the limit is 20000
        var history = new Trainer(model, new SetTo(model.Parameters(), 20000, 0), Constant(1)) { Epochs = 1, BatchSize = 1 }.Fit(Ones(2));
        Assert.Single(history);
        Assert.Equal(20000, ((Linear)model[0]).W.Data[0, 0]);
    }

    [Fact]
    public void WeightsJustAbove10000TimesTheirStartStopTheRun()
    {
        var model = new Sequential(Line(2, 0));
        var trainer = new Trainer(model, new SetTo(model.Parameters(), 20001, 0), Constant(1)) { Epochs = 1, BatchSize = 1 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Equal(DivergenceCause.ExplodingWeights, error.Cause);
        Assert.Equal("Training diverged in epoch 1 (checked after its 2 steps): the weights grew from max |w| = 2 to 2e4 (in parameter 0.W (1, 1)), " +
            "more than 10000x, while the loss did not fall (1 at the first batch, 1 this epoch). " +
            "The learning rate 0.1 may be too large; try 10x smaller (0.01).", error.Message);
    }

    [Fact]
    public void OfTwoEquallyLargeWeightsTheFirstIsNamed()
    {
        var model = new Sequential(Line(2, 0));
        var trainer = new Trainer(model, new SetTo(model.Parameters(), -30000), Constant(1)) { Epochs = 1, BatchSize = 1 };   // W and b both -30000
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Contains("the weights grew from max |w| = 2 to 3e4 (in parameter 0.W (1, 1)),", error.Message);
    }

    [Fact]
    public void SmallNumbersAreWrittenWithAShortNegativeExponent()
    {
        var model = new Sequential(Line(1.5e-12, 0));
        var trainer = new Trainer(model, new SetTo(model.Parameters(), 20000, 0), Constant(1.25e-5)) { Epochs = 1, BatchSize = 1 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Equal("Training diverged in epoch 1 (checked after its 2 steps): the weights grew from max |w| = 1.5e-12 to 2e4 " +
            "(in parameter 0.W (1, 1)), more than 10000x, while the loss did not fall (1.25e-5 at the first batch, 1.25e-5 this epoch). " +
            "The learning rate 0.1 may be too large; try 10x smaller (0.01).", error.Message);
    }

    [Fact]
    public void AParameterOutsideASequentialIsNamedByPositionAndLabel()
    {
        var model = Line(0.5, 0.25);                                              // the model is the layer itself
        var trainer = new Trainer(model, new SetTo(model.Parameters(), 20000, 0), Constant(1)) { Epochs = 1, BatchSize = 1 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Contains("the weights grew from max |w| = 0.5 to 2e4 (in parameter #0 'W' (1, 1)),", error.Message);
    }

    [Fact]
    public void AParameterOfALayerTheModelFileDoesNotKnowIsNamedByPosition()
    {
        var model = new Sequential(Line(0.5, 0.25), new Unknown());               // parameters: 0.W, 0.b and the unlabeled #2
        var trainer = new Trainer(model, new SetTo(model.Parameters(), 20000, 2), Constant(1)) { Epochs = 1, BatchSize = 1 };
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Ones(2)));
        Assert.Contains("the weights grew from max |w| = 0.5 to 2e4 (in parameter #2 (1, 1)),", error.Message);
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
