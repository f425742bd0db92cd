using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Losses;

/// <summary>
/// softmax(u) - d, the fused cross-entropy's one (N, C) matrix, comes from <see cref="TrainingStep"/>'s pool: a warm
/// step makes no matrix for the loss. Counts bytes allocated by the test's thread; measures no time.
/// </summary>
[Collection(nameof(AllocationMeasurement))]
public sealed class SoftmaxCrossEntropyAllocationTests
{
    [Fact]
    public void AWarmTrainingStepMakesNoMatrixForTheLoss()
    {
        // (64, 10) logits: softmax(u) - d is a 5 KB matrix. In a warm TrainingStep it comes from the pool.
        var rng = new Random(1);
        var logits = new Tensor(Matrix<double>.Build.Dense(64, 10, (_, _) => 0.1 + rng.NextDouble()), requiresGrad: true);
        var labels = Enumerable.Range(0, 64).Select(i => i % 10).ToArray();
        void Step()
        {
            using var step = new TrainingStep();
            var output = logits.Relu();                                    // an operation's result, as a network's output is
            Loss.CrossEntropy(output, labels).Backward();
        }

        var perStep = AllocationMeasurement.BytesAllocated(Step) / 10;
        Assert.True(perStep < 2048, $"a warm step allocated {perStep} bytes; softmax(u) - d alone is {64 * 10 * 8} bytes");
    }
}
