using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Autograd;

/// <summary>
/// NaN and the infinities go through every op as they go through PyTorch's: a NaN is never turned into a
/// harmless-looking 0 (ReLU used to), and gradients at such points are PyTorch's. The expected numbers were
/// printed by PyTorch 1.13.1 (Debian's python3-torch) for the inputs below, with an upstream gradient of 3.
/// </summary>
public sealed class NanPropagationTests
{
    private const double Nan = double.NaN, Inf = double.PositiveInfinity;

    /// <summary>NaN, -0, 0, +inf, -inf, 2, -3, NaN, 7: nine entries, so the vector loops and the scalar tail both run.</summary>
    private static readonly double[] Special = [Nan, -0.0, 0.0, Inf, -Inf, 2.0, -3.0, Nan, 7.0];

    public static TheoryData<string, double[], double[]> PyTorch => new()
    {
        { "relu", [Nan, 0, 0, Inf, 0, 2, 0, Nan, 7], [3, 0, 0, 3, 0, 3, 0, 3, 3] },
        { "leaky_relu", [Nan, -0.0, 0, Inf, -Inf, 2, -0.03, Nan, 7], [0.03, 0.03, 0.03, 3, 0.03, 3, 0.03, 0.03, 3] },
        { "elu", [Nan, 0, 0, Inf, -1, 2, -0.950212931632136, Nan, 7], [Nan, 3, 3, 3, 0, 3, 0.14936120510359183, Nan, 3] },
        { "abs", [Nan, 0, 0, Inf, Inf, 2, 3, Nan, 7], [0, 0, 0, 3, -3, 3, -3, 0, 3] },
        { "clamp_min", [Nan, 0.5, 0.5, Inf, 0.5, 2, 0.5, Nan, 7], [0, 0, 0, 3, 0, 3, 0, 0, 3] },
        { "clamp_max", [Nan, -0.0, 0, 0.5, -Inf, 0.5, -3, Nan, 0.5], [0, 3, 3, 0, 3, 0, 3, 0, 0] },
        { "clamp", [Nan, -0.0, 0, 2, -1, 2, -1, Nan, 2], [0, 3, 3, 0, 0, 3, 0, 0, 0] },
        { "softplus", [Nan, 0.6931471805599453, 0.6931471805599453, Inf, 0, 2.1269280110429727, 0.04858735157374206, Nan, 7.000911466453774],
            [Nan, 1.5, 1.5, 3, 0, 2.642391233933647, 0.14227761953270035, Nan, 2.997266846416798] },
        { "sigmoid", [Nan, 0.5, 0.5, 1, 0, 0.8807970779778823, 0.04742587317756678, Nan, 0.9990889488055994],
            [Nan, 0.75, 0.75, 0, 0, 0.31498075621051985, 0.1355299791927364, Nan, 0.0027306635403653522] },
        { "mul0", [Nan, -0.0, 0, Nan, Nan, 0, -0.0, Nan, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(PyTorch))]
    public void SpecialValuesGiveTheValuesAndGradientsOfPyTorch(string op, double[] values, double[] gradients)
    {
        var x = new Tensor(Matrix<double>.Build.Dense(1, Special.Length, (double[])Special.Clone()), requiresGrad: true);
        var y = op switch
        {
            "relu" => x.Relu(),
            "leaky_relu" => x.LeakyRelu(0.01),
            "elu" => x.Elu(),
            "abs" => x.Abs(),
            "clamp_min" => x.ClampMin(0.5),
            "clamp_max" => x.ClampMax(0.5),
            "clamp" => x.Clamp(-1, 2),
            "softplus" => x.Softplus(),
            "sigmoid" => x.Sigmoid(),
            "mul0" => x * 0.0,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown op"),
        };
        (y * Tensor.Full(1, Special.Length, 3.0)).Sum().Backward();   // upstream gradient 3
        AssertSame(values, y.Data.Row(0).ToArray(), $"{op} values");
        AssertSame(gradients, x.Grad.Row(0).ToArray(), $"{op} gradients");
    }

    [Fact]
    public void ValueReluKeepsNanAndPassesItsGradientAsPyTorch()
    {
        var a = new Value(Nan);
        var y = a.Relu();
        y.Backward();
        Assert.True(double.IsNaN(y.Data), $"relu(NaN) expected NaN, got {y.Data}");
        Assert.Equal(1.0, a.Grad);                                                 // threshold_backward: result <= 0 ? 0 : grad
        Assert.Equal(0.0, new Value(-2).Relu().Data);
    }

    [Fact]
    public void RowMaximaArgMaxAndLogSoftmaxSeeANanAnywhereInTheRow()
    {
        var x = Tensor.FromArray(new[,] { { 1, Nan, 3 }, { Nan, 1, 2 }, { 1, 2, Inf } });
        AssertSame([Nan, Nan, Inf], x.RowMaxConstant().Data.Column(0).ToArray(), "amax");
        Assert.Equal([1, 0, 2], x.ArgMax());                                       // torch.argmax: the first NaN counts as the largest
        AssertSame(Enumerable.Repeat(Nan, 9).ToArray(), x.LogSoftmax().ToRowMajorArray(), "log_softmax");
        Assert.Equal([2, 0], Tensor.FromArray(new double[,] { { 1, 2, 5 }, { 4, 4, 1 } }).ArgMax());   // ties: the first
    }

    [Fact]
    public void MaxoutKeepsANanFromEitherPiece()
    {
        foreach (var nanPiece in new[] { 0, 1 })
        {
            var layer = new Maxout(1, 1, 2, new Random(0));
            layer.Pieces[nanPiece].W.Data[0, 0] = Nan;
            var y = layer.Forward(Tensor.Scalar(1.0));
            Assert.True(double.IsNaN(y.Item()), $"Maxout with NaN in piece {nanPiece + 1}: expected NaN, got {y.Item()}");
        }
    }

    [Fact]
    public void EmptyTensorsAreMadePrintedAndReducedWithClearMessages()
    {
        var empty = Tensor.FromArray(new double[0, 3]);
        Assert.Equal(new Shape(0, 3), empty.Shape);
        Assert.Equal("Tensor (0, 3) op=leaf (empty)", empty.ToString());
        Assert.Equal("Tensor (0, 3) op=leaf (empty)", Tensor.Zeros(0, 3).ToString());
        Assert.Equal(new Shape(3, 0), Tensor.Zeros(3, 0).LogSoftmax().Shape);
        Assert.Equal([double.NegativeInfinity, double.NegativeInfinity], Tensor.Zeros(2, 0).RowMaxConstant().Data.Column(0).ToArray());

        var argMax = Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(3, 0).ArgMax());
        Assert.Equal("ArgMax expects at least one column to pick from, got shape (3, 0).", argMax.Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(-1, 3));
        Assert.StartsWith("Tensor.Zeros expects rows >= 0 and columns >= 0, got (-1, 3).", negative.Message);
        negative = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Full(2, -4, 1.0));
        Assert.StartsWith("Tensor.Full expects rows >= 0 and columns >= 0, got (2, -4).", negative.Message);
    }

    /// <summary>Entry by entry: NaN where NaN is expected, the same infinity, otherwise equal to 12 significant digits.</summary>
    private static void AssertSame(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            var (e, a) = (expected[k], actual[k]);
            var same = double.IsNaN(e) ? double.IsNaN(a) : double.IsInfinity(e) ? e == a : Math.Abs(e - a) <= 1e-12 * Math.Max(1, Math.Abs(e));
            Assert.True(same, $"{what}[{k}]: expected {e}, got {a}");
        }
    }
}
