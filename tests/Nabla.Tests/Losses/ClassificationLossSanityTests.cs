namespace Nabla.Tests.Losses;

/// <summary>Classification losses: the facts notebook 02 claims about cross-entropy, NLL and BCE.</summary>
public sealed class ClassificationLossSanityTests
{
    /// <summary>A variable (it requires a gradient) holding <paramref name="values"/>.</summary>
    private static Tensor Variable(double[,] values) => Tensor.FromArray(values, requiresGrad: true);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void CrossEntropyOfEqualLogitsIsLnC(int classes)
    {
        var logits = Tensor.Full(4, classes, 0.37, requiresGrad: true);  // an untrained network: no preference
        int[] labels = [0, classes - 1, 1, 0];

        var loss = Loss.CrossEntropy(logits, labels);
        loss.Backward();

        Assert.Equal(Math.Log(classes), loss.Item(), 1e-15);
        Assert.Equal(4 * Math.Log(classes), Loss.CrossEntropy(logits, labels, Reduction.Sum).Item(), 1e-14);
        // dL/du = (softmax - onehot) / N = (1/C - [k = y]) / 4
        Assert.Equal((1.0 / classes - 1) / 4, logits.Grad[1, classes - 1], 1e-16);
        Assert.Equal(1.0 / classes / 4, logits.Grad[1, 0], 1e-16);
    }

    [Fact]
    public void CrossEntropyWithLabelsOneHotTargetsAndNllAgree()
    {
        var logits = TestLogits();
        int[] labels = [2, 0, 1, 2, 1];
        var viaLabels = Loss.CrossEntropy(logits, labels).Item();
        var viaOneHot = Loss.CrossEntropy(logits, new Tensor(Loss.OneHot(labels, 3))).Item();
        var viaNll = Loss.NllLoss(logits.LogSoftmax(), labels).Item();

        Assert.Equal(viaLabels, viaOneHot, 1e-15);
        Assert.Equal(viaLabels, viaNll, 1e-15);
        Assert.True(viaLabels > 0);
    }

    [Fact]
    public void CrossEntropyStaysFiniteAndExactAtHugeLogits()
    {
        var logits = Variable(new double[,] { { 1000, 0, -1000 }, { 1000, 0, -1000 } });
        var loss = Loss.CrossEntropy(logits, [0, 2], Reduction.Sum);    // right (loss 0) and badly wrong (loss 2000)
        loss.Backward();

        Assert.Equal(2000, loss.Item(), 1e-9);
        Assert.All(logits.Grad.Enumerate(), g => Assert.True(double.IsFinite(g)));
        Assert.Equal(1.0, logits.Grad[1, 0], 1e-12);                    // softmax 1 - target 0
        Assert.Equal(-1.0, logits.Grad[1, 2], 1e-12);                   // softmax 0 - target 1
    }

    [Fact]
    public void NllLossIgnoresMinusInfinityInOtherColumns()
    {
        var logP = Variable(new double[,] { { Math.Log(0.25), double.NegativeInfinity, Math.Log(0.75) } });
        var loss = Loss.NllLoss(logP, [2]);
        loss.Backward();

        Assert.Equal(-Math.Log(0.75), loss.Item(), 1e-15);
        Assert.Equal([0.0, 0.0, -1.0], logP.Grad.Row(0).ToArray());
    }

    [Fact]
    public void BinaryCrossEntropyWithLogitsEqualsBinaryCrossEntropyOfSigmoid()
    {
        var logits = Variable(new double[,] { { -4.0, 0.3 }, { 2.5, -0.7 }, { 0.01, 6.0 } });
        var target = Tensor.FromArray(new double[,] { { 0, 1 }, { 1, 0 }, { 0.3, 1 } });
        var viaLogits = Loss.BinaryCrossEntropyWithLogits(logits, target);
        viaLogits.Backward();
        var gradViaLogits = logits.Grad.Clone();
        logits.ZeroGrad();
        var viaProbabilities = Loss.BinaryCrossEntropy(logits.Sigmoid(), target);
        viaProbabilities.Backward();

        Assert.Equal(viaProbabilities.Item(), viaLogits.Item(), 1e-14);
        Assert.True((gradViaLogits - logits.Grad).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void BinaryCrossEntropyWithLogitsIsFiniteAtPlusMinus1000()
    {
        var logits = Tensor.Column([1000, -1000, 1000, -1000], requiresGrad: true);
        var target = Tensor.Column(1, 0, 0, 1);                         // right, right, wrong, wrong
        var loss = Loss.BinaryCrossEntropyWithLogits(logits, target, Reduction.Sum);
        loss.Backward();

        Assert.Equal(2000, loss.Item());
        Assert.Equal([0.0, 0.0, 1.0, -1.0], logits.Grad.Column(0).ToArray());   // sigma(x) - t
    }

    [Fact]
    public void BinaryCrossEntropyOnSaturatedProbabilitiesIsClampedAt100()
    {
        var p = Tensor.Column([0.0, 1.0, 1.0], requiresGrad: true);
        var loss = Loss.BinaryCrossEntropy(p, Tensor.Column(1, 0, 1), Reduction.Sum);
        loss.Backward();

        Assert.Equal(200, loss.Item(), 1e-12);                          // two certain mistakes cost 100 each
        Assert.All(p.Grad.Enumerate(), g => Assert.True(double.IsFinite(g), $"gradient {g}"));
    }

    private static Tensor TestLogits() => Tensor.RandomNormal(5, 3, new Random(42), std: 2);
}
