namespace Nabla.Tests.Modules;

/// <summary>A fresh classifier predicts uniformly (loss ln C); a small network can memorize a tiny set.</summary>
public sealed class NetworkSanityTests
{
    [Fact]
    public void InitialCrossEntropyOfAFreshClassifierIsLnC()
    {
        var rng = new Random(0);
        var model = new Sequential(new Linear(20, 64, rng), new Relu(), new Linear(64, 10, rng));
        var x = Tensor.RandomNormal(1000, 20, rng);
        var labels = Enumerable.Range(0, 1000).Select(_ => rng.Next(10)).ToArray();
        var loss = Loss.CrossEntropy(model.Forward(x), labels).Item();
        Assert.InRange(loss, Math.Log(10) - 0.1, Math.Log(10) + 0.1);
    }

    [Fact]
    public void ASmallNetworkOverfitsTwentyExamples()
    {
        var rng = new Random(1);
        var x = Tensor.RandomNormal(20, 5, rng);
        var labels = Enumerable.Range(0, 20).Select(_ => rng.Next(3)).ToArray(); // random labels: only memorization works
        var model = new Sequential(new Linear(5, 32, rng), new Tanh(), new Linear(32, 3, rng));
        var optimizer = new Adam(model.Parameters(), lr: 0.02);
        double loss = double.NaN;
        for (var step = 0; step < 500; step++)
        {
            optimizer.ZeroGrad();
            var l = Loss.CrossEntropy(model.Forward(x), labels);
            l.Backward();
            optimizer.Step();
            loss = l.Item();
        }

        Assert.True(loss < 0.01, $"training loss after 500 steps: {loss}");
        Assert.Equal(labels, model.Forward(x).ArgMax());
    }
}
