using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// The allocation budget of a warm training step: at most 1% of the model's parameter bytes (about 8 KB for the
/// 784-128-10 network of the benchmark), in the hand-written loop with a <see cref="TrainingStep"/> and in
/// <see cref="Trainer.Fit"/>. Bytes are counted by the runtime (<see cref="GC.GetAllocatedBytesForCurrentThread"/>),
/// not timed: the budget holds or not on any machine.
/// </summary>
public sealed class StepAllocationTests
{
    private const int Examples = 640, BatchSize = 64, Steps = Examples / BatchSize;

    [Fact]
    public void AWarmHandWrittenStepStaysWithinOnePercentOfTheParameterBytes()
    {
        var (model, data) = Workload();
        var optimizer = new Sgd(model.Parameters(), lr: 0.05);
        void Epoch()
        {
            foreach (var batch in data.Batches(BatchSize))
            {
                using var step = new TrainingStep();
                optimizer.ZeroGrad();
                var loss = Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!);
                loss.Backward();
                optimizer.Step();
            }
        }

        Epoch();
        Epoch();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var epoch = 0; epoch < 3; epoch++)
        {
            Epoch();
        }

        var perStep = (GC.GetAllocatedBytesForCurrentThread() - before) / (3.0 * Steps);
        Assert.True(perStep <= Budget(model), $"a warm step allocated {perStep:F0} bytes; the budget is {Budget(model):F0} (1% of the parameter bytes)");
    }

    [Fact]
    public void AWarmStepOfTrainerFitStaysWithinOnePercentOfTheParameterBytes()
    {
        var (model, data) = Workload();
        long Fit(int epochs)
        {
            var trainer = new Trainer(model, new Sgd(model.Parameters(), lr: 0.05), TrainingLosses.CrossEntropy) { Epochs = epochs, BatchSize = BatchSize };
            trainer.Fit(data);      // warm: the pool already holds this shape's matrices
            var before = GC.GetAllocatedBytesForCurrentThread();
            trainer.Fit(data);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // What a run costs beyond its steps (the History, the shuffled order) is the same for 2 and for 6 epochs.
        var perStep = (Fit(6) - Fit(2)) / (4.0 * Steps);
        Assert.True(perStep <= Budget(model), $"a warm step of Fit allocated {perStep:F0} bytes; the budget is {Budget(model):F0} (1% of the parameter bytes)");
    }

    [Fact]
    public void WithoutAStepEveryStepMakesItsMatricesAnew()
    {
        var (model, data) = Workload();
        var optimizer = new Sgd(model.Parameters(), lr: 0.05);
        var batch = data.Batches(BatchSize).First();
        Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!).Backward();
        var before = GC.GetAllocatedBytesForCurrentThread();
        optimizer.ZeroGrad();
        Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!).Backward();
        optimizer.Step();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes > 2 * BatchSize * 128 * sizeof(double), $"expected the hidden layer's matrices to be made anew, measured only {bytes} bytes");
    }

    private static double Budget(Module model) => 0.01 * model.Parameters().Sum(p => p.Rows * p.Columns) * sizeof(double);

    private static (Sequential Model, Dataset Data) Workload()
    {
        var rng = new Random(5);
        var x = Matrix<double>.Build.Dense(Examples, 784, (_, _) => rng.NextDouble());
        var labels = Enumerable.Range(0, Examples).Select(i => i % 10).ToArray();
        var model = new Sequential(new Linear(784, 128, rng), new Relu(), new Linear(128, 10, rng));
        return (model, Dataset.Classification(x.ToArray(), labels));
    }
}
