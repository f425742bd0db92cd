namespace Nabla.Tests.Autograd;

/// <summary>Every Tensor primitive and composition: backprop agrees with centred finite differences.</summary>
public sealed class TensorGradCheckTests
{
    private const double Tolerance = 1e-7;

    private static void Check(Func<Tensor> loss, params Tensor[] inputs)
    {
        var report = GradCheck.Run(loss, inputs);
        Assert.True(report.Passed(Tolerance), report.ToString());
        Assert.True(report.Count > 0);
    }

    public static TheoryData<string> UnaryOps => new()
    {
        "neg", "scale", "shift", "pow2", "pow3", "sqrt", "exp", "log", "abs", "clamp_min", "clamp_max", "clamp", "transpose", "reshape",
        "sum", "sum0", "sum1", "mean", "mean0", "mean1", "sigmoid", "tanh", "relu", "leaky", "elu", "gelu", "softplus",
        "silu", "softmax", "logsoftmax", "rsub", "div-scalar",
    };

    private static Tensor Apply(string op, Tensor x) => op switch
    {
        "neg" => -x,
        "scale" => x * 2.5,
        "shift" => x + 0.75,
        "pow2" => x.Pow(2),
        "pow3" => x.Pow(3),
        "sqrt" => x.Abs().Sqrt(),
        "exp" => x.Exp(),
        "log" => x.Abs().Log(),
        "abs" => x.Abs(),
        "clamp_min" => x.ClampMin(0.1),
        "clamp_max" => x.ClampMax(-0.1),
        "clamp" => x.Clamp(-0.5, 0.7),
        "transpose" => x.Transpose(),
        "reshape" => x.Reshape(2, 6),
        "sum" => x.Sum(),
        "sum0" => x.Sum(0),
        "sum1" => x.Sum(1),
        "mean" => x.Mean(),
        "mean0" => x.Mean(0),
        "mean1" => x.Mean(1),
        "sigmoid" => x.Sigmoid(),
        "tanh" => x.Tanh(),
        "relu" => x.Relu(),
        "leaky" => x.LeakyRelu(0.2),
        "elu" => x.Elu(0.7),
        "gelu" => x.Gelu(),
        "softplus" => x.Softplus(),
        "silu" => x.Silu(),
        "softmax" => x.Softmax(),
        "logsoftmax" => x.LogSoftmax(),
        "rsub" => 3.0 - x,
        "div-scalar" => x / 4.0,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown op"),
    };

    [Theory]
    [MemberData(nameof(UnaryOps))]
    public void UnaryOpGradientMatchesFiniteDifferences(string op)
    {
        var x = TestData.OffKink(3, 4, seed: 1);
        Check(() => TestData.Project(Apply(op, x)), x);
    }

    [Theory]
    [InlineData(3, 4, 3, 4)] // same shape
    [InlineData(3, 4, 1, 4)] // row broadcast (bias)
    [InlineData(3, 4, 3, 1)] // column broadcast (per-example number)
    [InlineData(3, 4, 1, 1)] // scalar broadcast
    [InlineData(1, 4, 3, 4)] // broadcast on the left operand
    public void BinaryOpsWithBroadcastingMatchFiniteDifferences(int ar, int ac, int br, int bc)
    {
        var a = TestData.OffKink(ar, ac, seed: 2);
        var b = TestData.OffKink(br, bc, seed: 3);
        Check(() => TestData.Project(a + b), a, b);
        Check(() => TestData.Project(a - b), a, b);
        Check(() => TestData.Project(a * b), a, b);
        Check(() => TestData.Project(a / b), a, b);
    }

    [Fact]
    public void MatMulGradientMatchesFiniteDifferences()
    {
        var x = TestData.OffKink(5, 3, seed: 4);
        var W = TestData.OffKink(3, 2, seed: 5);
        Check(() => TestData.Project(x.MatMul(W)), x, W);
    }

    [Fact]
    public void WhereGradientGoesToThePickedOperand()
    {
        var a = TestData.OffKink(3, 3, seed: 6);
        var b = TestData.OffKink(3, 3, seed: 7);
        var mask = a.Data.Map(v => v > 0 ? 1.0 : 0.0);
        Check(() => TestData.Project(Tensor.Where(mask, a, b)), a, b);

        a.ZeroGrad();
        b.ZeroGrad();
        Tensor.Where(mask, a, b).Sum().Backward();
        Assert.Equal(mask, a.Grad);                              // d/da = 1 where picked
        Assert.Equal(mask.Map(m => 1 - m), b.Grad);              // d/db = 1 elsewhere
    }

    [Fact]
    public void ATwoLayerNetworkGradientMatchesFiniteDifferences()
    {
        var x = TestData.OffKink(6, 3, seed: 8);
        var W1 = TestData.OffKink(3, 4, seed: 9);
        var b1 = TestData.OffKink(1, 4, seed: 10);
        var W2 = TestData.OffKink(4, 2, seed: 11);
        var b2 = TestData.OffKink(1, 2, seed: 12);
        Check(() => TestData.Project((x.MatMul(W1) + b1).Tanh().MatMul(W2).Add(b2).LogSoftmax()), W1, b1, W2, b2);
    }
}

file static class TensorTestExtensions
{
    public static Tensor Add(this Tensor a, Tensor b) => a + b;
}
