namespace Nabla.Tests;

/// <summary>The augmentation layer: fresh copies in training mode, identity in evaluation mode.</summary>
public sealed class RandomAugmentTests
{
    private static Tensor Batch() => new(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(4, 16, (i, j) => (i + j) / 20.0));

    [Fact]
    public void TrainingDrawsNewCopiesEvaluationIsTheIdentity()
    {
        var layer = new RandomAugment(new Compose(new RandomShift(1), new HorizontalFlip()), 4, 4, new Random(3));
        var x = Batch();
        var first = layer.Forward(x);
        var second = layer.Forward(x);
        Assert.Equal((4, 16), (first.Rows, first.Columns));
        Assert.NotEqual(first.Data, second.Data);                               // a fresh copy per forward pass
        Assert.Equal(Batch().Data, x.Data);                                     // the input is untouched

        var network = new Sequential(layer, new Flatten(4, 4));
        network.Eval();
        Assert.Same(x, layer.Forward(x));
        network.Train();
        Assert.NotSame(x, layer.Forward(x));
    }

    [Fact]
    public void SameSeedSameCopies()
    {
        var a = new RandomAugment(new RandomRotation(20), 4, 4, new Random(8)).Forward(Batch());
        var b = new RandomAugment(new RandomRotation(20), 4, 4, new Random(8)).Forward(Batch());
        Assert.Equal(a.Data, b.Data);
    }

    [Fact]
    public void MustBeTheFirstLayer()
    {
        var layer = new RandomAugment(new HorizontalFlip(), 4, 4, new Random(0));
        var error = Assert.Throws<ArgumentException>(() => layer.Forward(Batch() * 2.0));
        Assert.StartsWith("RandomAugment(4x4) expects the input images (a leaf tensor) and must be the first layer", error.Message);
    }
}
