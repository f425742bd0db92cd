namespace Nabla.Tests.Activations;

/// <summary>The shape facts notebook 04 states about each activation, checked on the engine.</summary>
public sealed class ActivationSanityTests
{
    private static readonly double[] Grid = Enumerable.Range(-400, 800).Select(k => k * 0.025 + 0.0125).ToArray();  // symmetric in -10..10, no 0

    /// <summary>f(x) and f'(x) on every grid point, from one forward and one backward pass.</summary>
    private static (double[] Y, double[] Slope) Curve(Func<Tensor, Tensor> f, double[]? points = null)
    {
        var x = Tensor.Row(points ?? Grid, requiresGrad: true);
        var y = f(x);
        y.Sum().Backward();
        return (y.ToRowMajorArray(), x.Grad.ToRowMajorArray());
    }

    [Fact]
    public void SigmoidLivesInZeroOneAndItsSlopePeaksAtAQuarter()
    {
        var (y, slope) = Curve(x => x.Sigmoid());
        Assert.All(y, v => Assert.InRange(v, 0.0, 1.0));
        Assert.All(slope, s => Assert.InRange(s, 0.0, 0.25));
        Assert.Equal(0.25, Curve(x => x.Sigmoid(), [0.0]).Slope[0]);
        Assert.True(y.Average() > 0.49, "sigmoid is not zero-centred: its mean output on a symmetric grid is 1/2");
    }

    [Fact]
    public void TanhIsZeroCentredAndItsSlopePeaksAtOne()
    {
        var (y, slope) = Curve(x => x.Tanh());
        Assert.Equal(0.0, y.Average(), 1e-12);
        Assert.All(slope, s => Assert.InRange(s, 0.0, 1.0));
        Assert.Equal(1.0, Curve(x => x.Tanh(), [0.0]).Slope[0]);
    }

    [Fact]
    public void ReluPassesPositivesAndGivesNegativesNoGradient()
    {
        var (y, slope) = Curve(x => x.Relu(), [-2.0, -0.5, 0.5, 3.0]);
        Assert.Equal([0.0, 0.0, 0.5, 3.0], y);
        Assert.Equal([0.0, 0.0, 1.0, 1.0], slope);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.2)]
    public void LeakyReluKeepsASmallSlopeForNegatives(double slope)
    {
        var (y, s) = Curve(x => x.LeakyRelu(slope), [-2.0, 3.0]);
        Assert.Equal([-2.0 * slope, 3.0], y);
        Assert.Equal([slope, 1.0], s);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void EluIsContinuousAtZeroAndTendsToMinusAlpha(double alpha)
    {
        var (y, slope) = Curve(x => x.Elu(alpha), [-1e-9, 1e-9, -40.0]);
        Assert.Equal(y[0], y[1], 1e-8);                                 // no jump at 0
        Assert.Equal(alpha, slope[0], 1e-8);                            // slope alpha e^x -> alpha at 0-
        Assert.Equal(-alpha, y[2], 1e-15);                              // saturates at -alpha

        var z = Tensor.RandomNormal(1, 10_000, new Random(4));          // standard normal pre-activations
        var eluMean = z.Elu(alpha).Mean().Item();
        var reluMean = z.Relu().Mean().Item();                          // about 0.40
        Assert.True(Math.Abs(eluMean) < reluMean - 0.05, $"ELU mean output {eluMean:F3} should be nearer 0 than ReLU's {reluMean:F3}");
    }

    [Fact]
    public void SoftplusIsASmoothReluWhoseSlopeIsTheSigmoid()
    {
        var (y, slope) = Curve(x => x.Softplus());
        var sigmoid = Tensor.Row(Grid).Sigmoid().ToRowMajorArray();
        for (var i = 0; i < Grid.Length; i++)
        {
            Assert.Equal(sigmoid[i], slope[i], 1e-15);
            Assert.True(y[i] > Math.Max(Grid[i], 0) && y[i] <= Math.Max(Grid[i], 0) + Math.Log(2) + 1e-15);
        }
    }

    [Fact]
    public void SiluIsXTimesSigmoidAndGeluIsXTimesPhi()
    {
        var silu = Curve(x => x.Silu()).Y;
        var gelu = Curve(x => x.Gelu()).Y;
        for (var i = 0; i < Grid.Length; i++)
        {
            Assert.Equal(Grid[i] * Activation.Sigmoid(Grid[i]), silu[i], 1e-15);
            Assert.Equal(Grid[i] * Activation.NormalCdf(Grid[i]), gelu[i], 1e-15);
        }

        var (_, slope) = Curve(x => x.Gelu(), [0.0]);
        Assert.Equal(0.5, slope[0], 1e-15);
    }

    [Fact]
    public void SoftmaxRowsSumToOneAndIgnoreAConstantShift()
    {
        var u = Tensor.RandomNormal(4, 5, new Random(5), std: 3);
        var p = u.Softmax().Data;
        var shifted = (u + 123.0).Softmax().Data;

        Assert.All(p.RowSums().Enumerate(), s => Assert.Equal(1.0, s, 1e-15));
        Assert.True((p - shifted).InfinityNorm() < 1e-13);                 // only rounding of u + 123 differs
    }

    [Fact]
    public void SoftmaxSumHasZeroGradient_LogSoftmaxSumHasOneMinusCSoftmax()
    {
        var u = Tensor.RandomNormal(3, 4, new Random(6), std: 2, requiresGrad: true);
        u.Softmax().Sum().Backward();                                   // rows always sum to 1: no slope at all
        Assert.True(u.Grad.InfinityNorm() < 1e-15, $"gradient {u.Grad}");

        u.ZeroGrad();
        u.LogSoftmax().Sum().Backward();                                // d/du_k sum_j (u_j - lse) = 1 - C softmax_k
        Assert.True((u.Grad - (1 - 4 * u.Softmax().Data)).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void LogSoftmaxAndSoftmaxStayFiniteAtLogitsOf1000()
    {
        var u = Tensor.FromArray(new double[,] { { 1000, 0, -1000 }, { 1000, 1000, 1000 } }, requiresGrad: true);
        var logP = u.LogSoftmax();
        (logP * Tensor.FromArray(new double[,] { { 1, 2, 3 }, { 1, 2, 3 } })).Sum().Backward();

        Assert.Equal(new double[,] { { 0, -1000, -2000 }, { -Math.Log(3), -Math.Log(3), -Math.Log(3) } }, logP.ToArray());
        Assert.All(u.Softmax().Data.Enumerate(), v => Assert.True(double.IsFinite(v)));
        Assert.All(u.Grad.Enumerate(), g => Assert.True(double.IsFinite(g)));
        Assert.Equal(1.0 / 3, u.Softmax().Data[1, 2], 1e-15);
    }
}
