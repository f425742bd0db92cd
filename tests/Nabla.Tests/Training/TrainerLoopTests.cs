using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Training.TrainingData;

namespace Nabla.Tests.Training;

/// <summary>
/// The loop's contract at the points a mutation test found unchecked (issue 18): Fit trains in training mode even
/// when the model was left in evaluation mode, accuracy uses the arg-max unless Classify is given, and a loss that
/// is not 1x1 is refused with its own message.
/// </summary>
public sealed class TrainerLoopTests
{
    [Fact]
    public void FitTrainsInTrainingModeEvenAfterEval()
    {
        var probe = new ModeProbe();
        var model = new Sequential(new Linear(2, 2, new Random(0)), probe);
        model.Eval();
        new Trainer(model, new Sgd(model.Parameters(), lr: 0.1), TrainingLosses.CrossEntropy) { Epochs = 1, BatchSize = 10 }
            .Fit(Blobs(20, seed: 1), Blobs(10, seed: 2));
        Assert.Equal([true, true, false], probe.Modes);                     // 2 training batches, then the validation batch
    }

    /// <summary>A linear layer then dropout, both drawing from one seeded generator: two calls build the same model.</summary>
    private static Sequential DropoutModel()
    {
        var rng = new Random(4);
        return new Sequential(new Linear(2, 2, rng), new Dropout(0.5, rng));
    }

    [Fact]
    public void AModelLeftInEvalModeTrainsWithDropout()
    {
        var data = Blobs(8, seed: 5);
        var twin = DropoutModel();                                          // in training mode, as a new module is
        var dropped = Loss.CrossEntropy(twin.Forward(new Tensor(data.X)), data.Labels!).Item();
        var whole = Loss.CrossEntropy(Trainer.Predict(twin, data.X), data.Labels!).Item();
        Assert.NotEqual(whole, dropped, 6);

        var model = DropoutModel();
        model.Eval();
        var history = new Trainer(model, new Sgd(model.Parameters(), lr: 0), TrainingLosses.CrossEntropy) { Epochs = 1, BatchSize = 8, Shuffle = false }
            .Fit(data, data);
        Assert.Equal(dropped, history[0].TrainLoss, 12);                     // the same mask as the twin's training forward pass
        Assert.Equal(whole, history[0].ValidationLoss!.Value, 12);
    }

    /// <summary>Identity weights: the output is the input, so the arg-max of a row is the position of its 1.</summary>
    private static Sequential Identity()
    {
        var line = new Linear(2, 2, new Random(0));
        line.W.Data.Clear();
        (line.W.Data[0, 0], line.W.Data[1, 1]) = (1, 1);
        line.b.Data.Clear();
        return new Sequential(line);
    }

    /// <summary>Arg-max says 0, 1, 0, 1; the labels are 0, 1, 1, 1: 3 of 4 right.</summary>
    private static readonly Dataset FourPoints = Dataset.Classification(new double[,] { { 1, 0 }, { 0, 1 }, { 1, 0 }, { 0, 1 } }, [0, 1, 1, 1], 2);

    /// <summary>The other class than the arg-max: 1, 0, 1, 0, so 1 of 4 right.</summary>
    private static int[] ArgMin(Tensor output) => Enumerable.Range(0, output.Rows).Select(i => output.Data[i, 0] < output.Data[i, 1] ? 0 : 1).ToArray();

    [Fact]
    public void WithoutClassifyAccuracyUsesTheArgMaxAndWithItTheGivenFunction()
    {
        foreach (var (classify, accuracy) in new (Func<Tensor, int[]>?, double)[] { (null, 0.75), (ArgMin, 0.25) })
        {
            var model = Identity();
            var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0), TrainingLosses.CrossEntropy) { Epochs = 1, BatchSize = 4, Classify = classify };
            var history = trainer.Fit(FourPoints, FourPoints);
            Assert.Equal(accuracy, history[0].TrainAccuracy);
            Assert.Equal(accuracy, history[0].ValidationAccuracy);
            Assert.Equal(accuracy, trainer.Evaluate(FourPoints).Accuracy);
            Assert.Equal(accuracy, Trainer.Evaluate(model, FourPoints, TrainingLosses.CrossEntropy, classify: classify).Accuracy);
        }
    }

    [Fact]
    public void ALossThatIsNotOneByOneIsRefused()
    {
        var wide = new Sequential(new Linear(2, 2, new Random(0)));          // one example per batch: output (1, 2)
        var rowLoss = Assert.Throws<InvalidOperationException>(() =>
            new Trainer(wide, new Sgd(wide.Parameters(), lr: 0.1), (output, _) => output) { BatchSize = 1 }.Fit(Blobs(4, seed: 1)));
        Assert.Equal("The training loss must be a 1x1 tensor (reduce it with Mean()), got shape (1, 2).", rowLoss.Message);

        var tall = new Sequential(new Linear(2, 1, new Random(0)));          // two examples per batch: output (2, 1)
        var regression = Dataset.Regression(Matrix<double>.Build.Dense(4, 2, 1.0), Matrix<double>.Build.Dense(4, 1));
        var columnLoss = Assert.Throws<InvalidOperationException>(() =>
            new Trainer(tall, new Sgd(tall.Parameters(), lr: 0.1), (output, _) => output) { BatchSize = 2 }.Fit(regression));
        Assert.Equal("The training loss must be a 1x1 tensor (reduce it with Mean()), got shape (2, 1).", columnLoss.Message);
        var evaluated = Assert.Throws<InvalidOperationException>(() => Trainer.Evaluate(tall, regression, (output, _) => output));
        Assert.Equal("The training loss must be a 1x1 tensor (reduce it with Mean()), got shape (4, 1).", evaluated.Message);
    }
}
