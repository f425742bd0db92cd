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
        for (var i = 0; i < Grid.Length; i++)
        {
            Assert.Equal(Logistic(Grid[i]), slope[i], 1e-15);          // d/dx ln(1 + e^x) = e^x / (1 + e^x)
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
            Assert.Equal(Grid[i] * Logistic(Grid[i]), silu[i], 1e-15);
            Assert.Equal(Grid[i] * NormalCdfBySeries(Grid[i]), gelu[i], 1e-13);
        }

        // Phi(1) and Phi(2) from a table of the standard normal distribution (17 digits: Python's 0.5 * (1 + math.erf(x / sqrt 2))).
        Assert.Equal(0.8413447460685429, NormalCdfBySeries(1), 1e-15);        // the series itself is right
        var table = Curve(x => x.Gelu(), [-1.0, 1.0, 2.0]).Y;
        Assert.Equal(-0.15865525393145707, table[0], 1e-15);                 // -1 Phi(-1) = -(1 - Phi(1))
        Assert.Equal(0.8413447460685429, table[1], 1e-15);
        Assert.Equal(2 * 0.9772498680518208, table[2], 1e-15);
        var (_, slope) = Curve(x => x.Gelu(), [0.0, 1.0]);                    // gelu'(x) = Phi(x) + x phi(x)
        Assert.Equal(0.5, slope[0], 1e-15);
        Assert.Equal(0.8413447460685429 + Math.Exp(-0.5) / Math.Sqrt(2 * Math.PI), slope[1], 1e-15);
    }

    /// <summary>The logistic function 1 / (1 + e^-x), written out here rather than taken from the engine.</summary>
    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// Phi(x) by Marsaglia's series 1/2 + phi(x) (x + x^3/3 + x^5/(3 5) + ...), independent of the engine's erf:
    /// every term is the one before times x^2 / (2n + 1), summed until it no longer changes the sum.
    /// </summary>
    private static double NormalCdfBySeries(double x)
    {
        double term = x, sum = x;
        for (var n = 1; sum + term != sum; n++)
        {
            term *= x * x / (2 * n + 1);
            sum += term;
        }

        return 0.5 + Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI) * sum;
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
        for (var i = 0; i < 3; i++)
        {
            var total = Enumerable.Range(0, 4).Sum(j => Math.Exp(u.Data[i, j]));   // softmax by hand: e^u_k / sum_j e^u_j
            for (var k = 0; k < 4; k++)
            {
                Assert.Equal(1 - 4 * Math.Exp(u.Data[i, k]) / total, u.Grad[i, k], 1e-14);
            }
        }
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
