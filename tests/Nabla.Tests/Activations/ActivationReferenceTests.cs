using Xunit.Abstractions;

namespace Nabla.Tests.Activations;

/// <summary>
/// Every activation: f(x) and the gradient of sum(f(x) * W) agree with PyTorch (reference/activations.json)
/// within |a - b| &lt;= 1e-10 max(1, |b|), including a row of saturated inputs (|x| up to 15).
/// </summary>
public sealed class ActivationReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => ActivationCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValueAndGradientMatchPyTorch(string name)
    {
        var c = TorchReference.Case(ActivationCases.File, name);
        var x = TorchReference.ReadTensor(c.GetProperty("x"), requiresGrad: true);
        var W = TorchReference.ReadTensor(c.GetProperty("W"));

        var y = ActivationCases.Apply(c, x);
        (y * W).Sum().Backward();

        var worst = Math.Max(
            TorchReference.AssertClose($"{name}(x)", TorchReference.ReadMatrix(c.GetProperty("value")), y.Data),
            TorchReference.AssertClose($"{name} d/dx", TorchReference.ReadMatrix(c.GetProperty("grad")), x.Grad));
        Assert.True(x.Grad.Enumerate().Any(g => g != 0), $"{name}: the gradient is all zeros");
        output.WriteLine($"{name}: worst deviation from PyTorch {worst:E2}");
    }

    [Fact]
    public void TheReferenceFileCoversEveryActivation()
    {
        Assert.Equal(
            ["elu_0.5", "elu_1.0", "gelu", "leaky_relu_0.01", "leaky_relu_0.2", "log_softmax", "relu", "sigmoid", "silu",
             "softmax", "softplus", "tanh"],
            TorchReference.NameList(ActivationCases.File).Order());
    }
}
