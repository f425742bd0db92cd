using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// The explosion limits exactly at their boundary (issue 18, mutation testing): a mean loss of exactly 1000x the
/// first batch's, or a largest |w| of exactly 10000x its start, is still allowed; just above stops the run. And how
/// the message names the largest weight and writes small numbers.
/// </summary>
public sealed class ExplosionLimitTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    /// <summary>A layer with one parameter that has no label and that the model-file format does not know.</summary>
    private sealed class Unknown : Module
    {
        private readonly Tensor shift = new(M.Dense(1, 1), requiresGrad: true);

        public override Tensor Forward(Tensor x) => x;

        public override IEnumerable<Tensor> Parameters() => [shift];
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
}
