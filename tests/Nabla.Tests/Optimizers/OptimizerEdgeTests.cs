namespace Nabla.Tests.Optimizers;

/// <summary>Edges of the shared optimizer machinery (issue 18: survivors of mutation testing on src/Nabla/Optimizers).</summary>
public sealed class OptimizerEdgeTests
{
    [Fact]
    public void WithoutWeightDecayTheGradientIsUsedAsItIsEvenBesideAnInfiniteWeight()
    {
        // weightDecay = 0 must mean "no penalty term", not "add 0 * p": 0 * infinity is NaN, which would turn an
        // infinite weight into NaN. SGD: p = p - lr g = (inf - 0.1, 1 - 0.1) = (inf, 0.9).
        var p = Tensor.Row([double.PositiveInfinity, 1.0], requiresGrad: true);
        var opt = new Sgd([p], lr: 0.1);
        p.Grad[0, 0] = 1;
        p.Grad[0, 1] = 1;
        opt.Step();
        Assert.Equal(double.PositiveInfinity, p.Data[0, 0]);
        Assert.Equal(0.9, p.Data[0, 1], 15);
    }
}
