using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Training;

/// <summary>Settings of the trainer that change what it does: Shuffle (the order of examples) and Classify (accuracy).</summary>
public sealed class TrainerSettingsTests
{
    /// <summary>Records the first input column of every batch it sees in training mode.</summary>
    private sealed class OrderProbe : Module
    {
        public List<double[]> Batches { get; } = [];

        public override Tensor Forward(Tensor x)
        {
            if (IsTraining)
            {
                Batches.Add(x.Data.Column(0).ToArray());
            }

            return x;
        }
    }

    /// <summary>12 examples whose first input is its index (scaled), labels alternating 0, 1.</summary>
    private static Dataset Indexed(int n) =>
        Dataset.Classification(Matrix<double>.Build.Dense(n, 2, (i, j) => j == 0 ? i / 100.0 : 0), Enumerable.Range(0, n).Select(i => i % 2).ToArray(), 2);

    /// <summary>The order of the examples in each of 3 epochs; <paramref name="shuffle"/> null leaves Shuffle (and Seed) at their defaults.</summary>
    private static List<double[]> Epochs(bool? shuffle)
    {
        var probe = new OrderProbe();
        var model = new Sequential(probe, new Linear(2, 2, new Random(0)));
        var sgd = new Sgd(model.Parameters(), lr: 0.001);
        var trainer = shuffle is { } given
            ? new Trainer(model, sgd, TrainingLosses.CrossEntropy) { Epochs = 3, BatchSize = 4, Seed = 5, Shuffle = given }
            : new Trainer(model, sgd, TrainingLosses.CrossEntropy) { Epochs = 3, BatchSize = 4 };
        trainer.Fit(Indexed(12));
        // The three batches of each epoch, joined: the order in which that epoch saw the examples.
        return Enumerable.Range(0, 3).Select(e => probe.Batches.Skip(3 * e).Take(3).SelectMany(b => b).Select(v => v * 100).ToArray()).ToList();
    }

    [Fact]
    public void WithoutShuffleEveryEpochSeesTheExamplesInTheirOrder()
    {
        var inOrder = Enumerable.Range(0, 12).Select(i => (double)i).ToArray();
        Assert.All(Epochs(shuffle: false), order => Assert.Equal(inOrder, order, (a, b) => Math.Abs(a - b) < 1e-9));
    }

    [Fact]
    public void WithShuffleEveryEpochSeesEachExampleOnceInADifferentOrder()
    {
        var orders = Epochs(shuffle: true);
        var inOrder = Enumerable.Range(0, 12).ToArray();
        var rounded = orders.Select(o => o.Select(v => (int)Math.Round(v)).ToArray()).ToList();
        Assert.All(rounded, order => Assert.Equal(inOrder, order.Order()));            // a permutation
        Assert.All(rounded, order => Assert.NotEqual(inOrder, order));                 // not the given order
        Assert.NotEqual(rounded[0], rounded[1]);                                       // reshuffled every epoch
    }

    [Fact]
    public void ShuffleIsOnByDefault()
    {
        var inOrder = Enumerable.Range(0, 12).ToArray();
        var orders = Epochs(shuffle: null).Select(o => o.Select(v => (int)Math.Round(v)).ToArray()).ToList();
        Assert.All(orders, order => Assert.Equal(inOrder, order.Order()));            // each epoch a permutation
        Assert.All(orders, order => Assert.NotEqual(inOrder, order));                 // none in the given order
        Assert.NotEqual(orders[0], orders[1]);
    }

    [Fact]
    public void ClassifyDecidesTheAccuracyOfTrainingValidationAndEvaluate()
    {
        // Labels 0, 1, 0, 1, ...: a classifier that always says 1 is right on exactly half; the model's own
        // arg-max is irrelevant. Validation: 3 of 4 labels are 1.
        var train = Indexed(12);
        var validation = Dataset.Classification(new double[,] { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 0 } }, [1, 1, 0, 1], 2);
        static int[] AlwaysOne(Tensor output) => Enumerable.Repeat(1, output.Rows).ToArray();
        var model = new Sequential(new Linear(2, 2, new Random(0)));
        var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.001), TrainingLosses.CrossEntropy) { Epochs = 2, BatchSize = 4, Classify = AlwaysOne };
        var history = trainer.Fit(train, validation);
        Assert.All(history, e => Assert.Equal(0.5, e.TrainAccuracy));
        Assert.All(history, e => Assert.Equal(0.75, e.ValidationAccuracy));
        Assert.Equal(0.75, trainer.Evaluate(validation).Accuracy);
        Assert.Equal(0.75, Trainer.Evaluate(model, validation, TrainingLosses.CrossEntropy, classify: AlwaysOne).Accuracy);
    }
}
