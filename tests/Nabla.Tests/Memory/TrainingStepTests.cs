using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// What a <see cref="TrainingStep"/> promises a learner: the same numbers as a loop without it, tensors valid while
/// it is open, a clear error (never another step's numbers) for one read after it ended, and nothing else touched.
/// </summary>
public sealed class TrainingStepTests
{
    [Fact]
    public void TrainingWithStepsGivesTheSameWeightsToTheLastBit()
    {
        var data = Quadrants(200, seed: 3);
        var (withSteps, without) = (Model(), Model());
        Train(withSteps, data, useSteps: true);
        Train(without, data, useSteps: false);
        var expected = without.Parameters().Select(p => p.Data.ToColumnMajorArray()).ToArray();
        var actual = withSteps.Parameters().Select(p => p.Data.ToColumnMajorArray()).ToArray();
        Assert.Equal(expected, actual);
        Assert.NotEqual(Model().Parameters().First().Data.ToColumnMajorArray(), actual[0]);   // it did train
    }

    [Fact]
    public void ATensorReadAfterItsStepEndedThrowsAndSaysWhy()
    {
        var w = new Tensor(Matrix<double>.Build.Dense(2, 2, [1.0, 2, 3, 4]), requiresGrad: true) { Label = "W" };
        Tensor h, loss;
        double kept;
        using (new TrainingStep())
        {
            h = w.MatMul(w).Relu();
            loss = h.Sum();
            loss.Backward();
            kept = loss.Item();
            Assert.Equal(new[] { 7.0, 10, 15, 22 }, h.Data.ToColumnMajorArray());   // valid while the step is open
        }

        Assert.Equal(54.0, kept);
        var error = Assert.Throws<InvalidOperationException>(() => h.Data);
        Assert.Contains("TrainingStep that has ended", error.Message, StringComparison.Ordinal);
        Assert.Contains("Item()", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => loss.Item());
        Assert.Throws<InvalidOperationException>(() => h.Grad);
        Assert.Throws<InvalidOperationException>(() => h + w);
        Assert.Contains("ended with its TrainingStep", h.ToString(), StringComparison.Ordinal);   // printing never throws
    }

    [Fact]
    public void ParametersTheirGradientsAndDetachedCopiesOutliveTheStep()
    {
        var w = new Tensor(Matrix<double>.Build.Dense(2, 2, [1.0, 2, 3, 4]), requiresGrad: true);
        Tensor copy;
        using (new TrainingStep())
        {
            var y = w.MatMul(w);
            y.Sum().Backward();
            copy = y.Detach();
        }

        // d/dW sum(W W) = 1 W^T + W^T 1 (1 the all-ones matrix), by hand for W = [[1, 3], [2, 4]] (column-major 1, 2, 3, 4).
        Assert.Equal(new[] { 7.0, 11, 9, 13 }, w.Grad.ToColumnMajorArray());
        Assert.Equal(new[] { 7.0, 10, 15, 22 }, copy.Data.ToColumnMajorArray());
        Assert.Equal(new[] { 1.0, 2, 3, 4 }, w.Data.ToColumnMajorArray());
    }

    [Fact]
    public void ABatchEndsWithTheStepThatTrainedOnItAndOnlyThen()
    {
        var data = Quadrants(8, seed: 1);
        var batches = data.Batches(4).ToList();                     // kept, as a learner may
        var expected = batches[1].X.Data.ToColumnMajorArray();
        var model = Model();
        using (new TrainingStep())
        {
            Loss.CrossEntropy(model.Forward(batches[0].X), batches[0].Labels!).Backward();
        }

        Assert.Throws<InvalidOperationException>(() => batches[0].X.Data);
        Assert.Throws<InvalidOperationException>(() => batches[0].Y.Data);        // the batch's other half goes with it
        Assert.Equal(expected, batches[1].X.Data.ToColumnMajorArray());            // never used in a step: untouched

        using (new TrainingStep())
        {
            _ = model.Forward(data.Batches(4).First().X);                         // reuses batch 0's memory
        }

        Assert.Equal(expected, batches[1].X.Data.ToColumnMajorArray());
        Assert.Equal(expected, data.Subset([4, 5, 6, 7]).X.ToColumnMajorArray());
    }

    [Fact]
    public void StepsNestAndMustEndInsideOut()
    {
        var w = new Tensor(Matrix<double>.Build.Dense(1, 1, 2.0), requiresGrad: true);
        var outer = new TrainingStep();
        var inner = new TrainingStep();
        var error = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("inner step", error.Message, StringComparison.Ordinal);
        var x = w * w;
        inner.Dispose();
        Assert.Throws<InvalidOperationException>(() => x.Data);
        var y = w * w;
        outer.Dispose();
        Assert.Throws<InvalidOperationException>(() => y.Data);
        var z = w * w;                                                  // no step open: an ordinary tensor
        Assert.Equal(4.0, z.Item());
        outer.Dispose();                                                // a second Dispose does nothing
    }

    [Fact]
    public void MemoryRentedInsideAStepHoldsNoOldNumbersWhereTheResultIsRead()
    {
        var w = new Tensor(Matrix<double>.Build.Dense(3, 3, (i, j) => i - j), requiresGrad: true);
        double[] first;
        using (new TrainingStep())
        {
            first = (w.MatMul(w) + w).Relu().Sum(1).Data.ToColumnMajorArray();
        }

        using (new TrainingStep())                                      // same shapes: every matrix is a reused one
        {
            Assert.Equal(first, (w.MatMul(w) + w).Relu().Sum(1).Data.ToColumnMajorArray());
        }

        Assert.Equal(first, (w.MatMul(w) + w).Relu().Sum(1).Data.ToColumnMajorArray());
    }

    private static Sequential Model() => new(new Linear(2, 8, new Random(7)), new Tanh(), new Linear(8, 2, new Random(8)));

    private static void Train(Sequential model, Dataset data, bool useSteps)
    {
        var optimizer = new Adam(model.Parameters(), lr: 0.05);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            foreach (var batch in data.Batches(16, new Random(epoch)))
            {
                var step = useSteps ? new TrainingStep() : null;
                optimizer.ZeroGrad();
                Loss.CrossEntropy(model.Forward(batch.X), batch.Labels!).Backward();
                optimizer.Step();
                step?.Dispose();
            }
        }
    }

    private static Dataset Quadrants(int n, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n, 2];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            (x[i, 0], x[i, 1]) = (2 * rng.NextDouble() - 1, 2 * rng.NextDouble() - 1);
            labels[i] = x[i, 0] * x[i, 1] > 0 ? 1 : 0;
        }

        return Dataset.Classification(x, labels);
    }
}
