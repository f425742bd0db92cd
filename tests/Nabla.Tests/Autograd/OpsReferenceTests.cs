using System.Text.Json;
using Xunit.Abstractions;

namespace Nabla.Tests.Autograd;

/// <summary>
/// Every Tensor operation (matrix product, transpose, reshape, broadcasting + - * /, constants, Pow, Sqrt,
/// Exp, Log, Abs, ClampMin, ClampMax, Clamp (with entries on the bounds), Where, Sum/Mean with and without a dim, and a small two-layer network): the
/// output and the gradients of sum(out * W) agree with PyTorch (reference/ops.json, written by
/// tests/reference/make_reference_ops.py) within |a - b| &lt;= 1e-10 max(1, |b|).
/// </summary>
public sealed class OpsReferenceTests(ITestOutputHelper output)
{
    private const string File = "ops.json";

    public static TheoryData<string> Cases => TorchReference.Names(File);

    private static Tensor Apply(JsonElement c, IReadOnlyDictionary<string, Tensor> x)
    {
        double Parameter() => c.GetProperty("parameter").GetDouble();
        double Bound(int i) => c.GetProperty("parameter")[i].GetDouble();
        int Dim() => c.GetProperty("parameter").GetInt32();
        var hasDim = c.TryGetProperty("parameter", out _);
        return c.GetProperty("op").GetString() switch
        {
            "MatMul" => x["a"].MatMul(x["b"]),
            "Transpose" => x["a"].Transpose(),
            "Reshape" => x["a"].Reshape(c.GetProperty("shape")[0].GetInt32(), c.GetProperty("shape")[1].GetInt32()),
            "Add" => x["a"] + x["b"],
            "Subtract" => x["a"] - x["b"],
            "Multiply" => x["a"] * x["b"],
            "Divide" => x["a"] / x["b"],
            "Negate" => -x["a"],
            "AddConstant" => x["a"] + Parameter(),
            "MultiplyConstant" => x["a"] * Parameter(),
            "DivideConstant" => x["a"] / Parameter(),
            "ConstantMinus" => Parameter() - x["a"],
            "Pow" => x["a"].Pow(Parameter()),
            "Sqrt" => x["a"].Sqrt(),
            "Exp" => x["a"].Exp(),
            "Log" => x["a"].Log(),
            "Abs" => x["a"].Abs(),
            "ClampMin" => x["a"].ClampMin(Parameter()),
            "ClampMax" => x["a"].ClampMax(Parameter()),
            "Clamp" => x["a"].Clamp(Bound(0), Bound(1)),
            "Where" => Tensor.Where(TorchReference.ReadMatrix(c.GetProperty("condition")), x["a"], x["b"]),
            "Sum" => hasDim ? x["a"].Sum(Dim()) : x["a"].Sum(),
            "Mean" => hasDim ? x["a"].Mean(Dim()) : x["a"].Mean(),
            "Mlp" => (x["x"].MatMul(x["W1"]) + x["b1"]).Tanh().MatMul(x["W2"]) + x["b2"],
            var op => throw new InvalidOperationException($"unknown op '{op}'"),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValueAndGradientsMatchPyTorch(string name)
    {
        var c = TorchReference.Case(File, name);
        var x = c.GetProperty("inputs").EnumerateObject().ToDictionary(p => p.Name, p => TorchReference.ReadTensor(p.Value, requiresGrad: true));

        var y = Apply(c, x);
        (y * TorchReference.ReadTensor(c.GetProperty("W"))).Sum().Backward();

        var worst = TorchReference.AssertClose($"{name} value", TorchReference.ReadMatrix(c.GetProperty("value")), y.Data);
        foreach (var g in c.GetProperty("grads").EnumerateObject())
        {
            worst = Math.Max(worst, TorchReference.AssertClose($"{name} d/d{g.Name}", TorchReference.ReadMatrix(g.Value), x[g.Name].Grad));
        }

        Assert.Equal(x.Count, c.GetProperty("grads").EnumerateObject().Count());
        output.WriteLine($"{name}: worst deviation from PyTorch {worst:E2}");
    }

    [Fact]
    public void TheReferenceFileCoversEveryOperation()
    {
        var ops = TorchReference.Cases(File).Select(c => c.GetProperty("op").GetString()!).Distinct().Order().ToArray();
        string[] expected = ["MatMul", "Transpose", "Reshape", "Add", "Subtract", "Multiply", "Divide", "Negate", "AddConstant",
            "MultiplyConstant", "DivideConstant", "ConstantMinus", "Pow", "Sqrt", "Exp", "Log", "Abs", "ClampMin", "ClampMax", "Clamp",
            "Where", "Sum", "Mean", "Mlp"];
        Assert.Equal(expected.Order().ToArray(), ops);
    }
}
