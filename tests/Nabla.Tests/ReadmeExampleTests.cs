namespace Nabla.Tests;

/// <summary>The training example in the README runs as printed and learns XOR.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void TheReadmeExampleLearnsXor()
    {
        var console = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            // --- README snippet: keep identical to the "Training in ten lines" block in README.md ---
            var rng = new Random(0);
            var x = new double[400, 2];
            var labels = new int[400];
            for (var i = 0; i < 400; i++) { x[i, 0] = 2 * rng.NextDouble() - 1; x[i, 1] = 2 * rng.NextDouble() - 1; labels[i] = x[i, 0] * x[i, 1] > 0 ? 1 : 0; }
            var (train, validation) = Dataset.Classification(x, labels).Split(0.8, rng);
            var model = new Sequential(new Linear(2, 16, rng), new Tanh(), new Linear(16, 2, rng));
            var trainer = new Trainer(model, new Adam(model.Parameters(), lr: 0.01), TrainingLosses.CrossEntropy) { Epochs = 100, BatchSize = 32 };
            var history = trainer.Fit(train, validation, new SyncProgress<EpochResult>(e => { if (e.Epoch % 25 == 0) Console.WriteLine(e); }));
            Console.WriteLine($"validation accuracy {trainer.Evaluate(validation).Accuracy:P1}");
            // --- end of snippet ---

            Assert.Equal(100, history.Count);
            Assert.True(trainer.Evaluate(validation).Accuracy >= 0.95, output.ToString());
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains("epoch 100: train loss", output.ToString());
        Assert.Contains("validation accuracy", output.ToString());
    }
}
