namespace Nabla.Tests.Losses;

/// <summary>Regression losses: the facts notebook 02 claims about MSE, MAE, Huber and the Gaussian NLL.</summary>
public sealed class RegressionLossSanityTests
{
    [Fact]
    public void HuberIsHalfTheSquaredErrorInsideDeltaAndLinearOutside()
    {
        const double delta = 1.5;
        foreach (var e in new[] { -3.2, -1.49, -0.4, 0.0, 0.9, 1.51, 7.0 })
        {
            var pred = Tensor.Scalar(2.0 + e, requiresGrad: true);
            var huber = Loss.HuberLoss(pred, Tensor.Scalar(2.0), delta);
            huber.Backward();
            var expected = Math.Abs(e) < delta ? 0.5 * e * e : delta * (Math.Abs(e) - delta / 2);
            var slope = Math.Abs(e) < delta ? e : delta * Math.Sign(e);
            Assert.Equal(expected, huber.Item(), 1e-14);
            Assert.Equal(slope, pred.Grad[0, 0], 1e-14);                // the pull of an outlier is capped at delta
            if (Math.Abs(e) < delta)
            {
                Assert.Equal(Loss.MseLoss(pred, Tensor.Scalar(2.0)).Item() / 2, huber.Item(), 1e-14);
            }
        }
    }

    [Fact]
    public void GaussianNllLossWithUnitVarianceIsHalfTheMse()
    {
        var mean = TestLogits();
        var target = Tensor.RandomNormal(5, 3, new Random(7));
        var nll = Loss.GaussianNllLoss(mean, target, Tensor.Zeros(5, 3));
        nll.Backward();
        var nllGrad = mean.Grad.Clone();
        mean.ZeroGrad();
        var mse = Loss.MseLoss(mean, target);
        mse.Backward();

        Assert.Equal(mse.Item() / 2, nll.Item(), 1e-14);
        Assert.True((nllGrad - mean.Grad / 2).InfinityNorm() < 1e-15);
    }

    [Fact]
    public void MseAndGaussianNllLossHaveTheSameMinimiserTheMean_MaeTheMedian()
    {
        double[] y = [1.0, 2.0, 2.5, 4.0, 30.0];                        // one outlier
        var target = Tensor.Column(y);
        var grid = Enumerable.Range(0, 3001).Select(k => k * 0.01).ToArray();   // constant predictions 0..30
        double ArgMin(Func<Tensor, Tensor> loss) =>
            grid.MinBy(c => loss(Tensor.Full(y.Length, 1, c)).Item());

        var mse = ArgMin(p => Loss.MseLoss(p, target));
        var nll = ArgMin(p => Loss.GaussianNllLoss(p, target, Tensor.Full(y.Length, 1, Math.Log(4.0))));
        var mae = ArgMin(p => Loss.L1Loss(p, target));

        Assert.Equal(y.Average(), mse, 1e-9);                           // 7.9: dragged by the outlier
        Assert.Equal(mse, nll, 1e-9);
        Assert.Equal(2.5, mae, 1e-9);                                   // the median ignores it
    }

    [Fact]
    public void GaussianNllLossVarianceGradientVanishesWhenVarianceEqualsSquaredError()
    {
        var s = Tensor.Scalar(Math.Log(0.36), requiresGrad: true);      // sigma^2 = 0.36 = 0.6^2
        var loss = Loss.GaussianNllLoss(Tensor.Scalar(1.6), Tensor.Scalar(1.0), s);
        loss.Backward();

        Assert.Equal(0.0, s.Grad[0, 0], 1e-15);
    }

    [Fact]
    public void GaussianNllLossClampsTheVarianceAtEps()
    {
        var s = Tensor.Scalar(-30, requiresGrad: true);                 // sigma^2 = 9e-14, below eps = 1e-6
        var loss = Loss.GaussianNllLoss(Tensor.Scalar(0.01), Tensor.Scalar(0.0), s);
        loss.Backward();

        Assert.Equal(0.5 * (Math.Log(1e-6) + 1e-4 / 1e-6), loss.Item(), 1e-12);
        // The gradient passes straight through the clamp, as in PyTorch: dL/dsigma^2 at 1e-6, times e^s.
        Assert.Equal(0.5 * (1 / 1e-6 - 1e-4 / 1e-12) * Math.Exp(-30), s.Grad[0, 0], 1e-20);
    }

    [Fact]
    public void SumReductionIsMeanTimesTheNumberOfTerms()
    {
        var logits = TestLogits();                                      // (5, 3)
        var target = Tensor.RandomNormal(5, 3, new Random(3));
        int[] labels = [0, 1, 2, 1, 0];
        Assert.Equal(15 * Loss.MseLoss(logits, target).Item(), Loss.MseLoss(logits, target, Reduction.Sum).Item(), 1e-12);
        Assert.Equal(15 * Loss.HuberLoss(logits, target, 0.5).Item(), Loss.HuberLoss(logits, target, 0.5, Reduction.Sum).Item(), 1e-12);
        Assert.Equal(5 * Loss.CrossEntropy(logits, labels).Item(), Loss.CrossEntropy(logits, labels, Reduction.Sum).Item(), 1e-12);
    }

    private static Tensor TestLogits() => Tensor.RandomNormal(5, 3, new Random(42), std: 2, requiresGrad: true);
}
