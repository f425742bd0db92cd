using System.Text.Json;
using Xunit.Abstractions;

namespace Nabla.Tests.Modules;

/// <summary>
/// Linear, Maxout, a small Sequential network and every activation module: the output and the gradients of
/// sum(out * G) agree with PyTorch (reference/modules.json, written by tests/reference/make_reference_modules.py)
/// within |a - b| &lt;= 1e-10 max(1, |b|).
/// </summary>
public sealed class ModuleReferenceTests(ITestOutputHelper output)
{
    private const string File = "modules.json";

    private static JsonElement Case(string name) => TorchReference.Case(File, name);

    private static Tensor Read(JsonElement c, string key, bool requiresGrad = false) => TorchReference.ReadTensor(c.GetProperty(key), requiresGrad);

    private static void SetWeights(Linear layer, JsonElement W, JsonElement b)
    {
        TorchReference.ReadMatrix(W).CopyTo(layer.W.Data);
        TorchReference.ReadMatrix(b).CopyTo(layer.b.Data);
    }

    private double Compare(string what, JsonElement expected, Tensor actual, bool gradient)
    {
        var worst = TorchReference.AssertClose(what, TorchReference.ReadMatrix(expected), gradient ? actual.Grad : actual.Data);
        output.WriteLine($"{what}: worst deviation from PyTorch {worst:E2}");
        return worst;
    }

    [Fact]
    public void LinearForwardAndBackward()
    {
        var c = Case("linear");
        var linear = new Linear(3, 5, new Random(0));
        SetWeights(linear, c.GetProperty("W"), c.GetProperty("b"));
        var x = Read(c, "x", requiresGrad: true);
        var y = linear.Forward(x);
        (y * Read(c, "G")).Sum().Backward();
        Compare("linear y", c.GetProperty("y"), y, false);
        Compare("linear dx", c.GetProperty("dx"), x, true);
        Compare("linear dW", c.GetProperty("dW"), linear.W, true);
        Compare("linear db", c.GetProperty("db"), linear.b, true);
    }

    [Fact]
    public void MaxoutForwardAndBackward()
    {
        var c = Case("maxout");
        var maxout = new Maxout(4, 3, pieces: 3, new Random(0));
        for (var k = 0; k < 3; k++)
        {
            SetWeights(maxout.Pieces[k], c.GetProperty("W")[k], c.GetProperty("b")[k]);
        }

        var x = Read(c, "x", requiresGrad: true);
        var y = maxout.Forward(x);
        (y * Read(c, "G")).Sum().Backward();
        Compare("maxout y", c.GetProperty("y"), y, false);
        Compare("maxout dx", c.GetProperty("dx"), x, true);
        for (var k = 0; k < 3; k++)
        {
            Compare($"maxout dW{k + 1}", c.GetProperty("dW")[k], maxout.Pieces[k].W, true);
            Compare($"maxout db{k + 1}", c.GetProperty("db")[k], maxout.Pieces[k].b, true);
        }
    }

    [Fact]
    public void SequentialNetworkForwardAndBackward()
    {
        var c = Case("mlp");
        var rng = new Random(0);
        var model = new Sequential(new Linear(3, 6, rng), new Tanh(), new Linear(6, 4, rng), new LeakyRelu(0.1), new Linear(4, 2, rng));
        var parameters = model.Parameters().ToArray();
        Assert.Equal(6, parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            TorchReference.ReadMatrix(c.GetProperty("params")[i]).CopyTo(parameters[i].Data);
        }

        var x = Read(c, "x", requiresGrad: true);
        var y = model.Forward(x);
        (y * Read(c, "G")).Sum().Backward();
        Compare("mlp y", c.GetProperty("y"), y, false);
        Compare("mlp dx", c.GetProperty("dx"), x, true);
        for (var i = 0; i < parameters.Length; i++)
        {
            Compare($"mlp dparam{i}", c.GetProperty("dparams")[i], parameters[i], true);
        }
    }

    public static TheoryData<string> Activations => new(ModuleCases.ActivationNames);

    [Theory]
    [MemberData(nameof(Activations))]
    public void ActivationModuleMatchesPyTorch(string name)
    {
        var c = Case(name);
        var x = Read(c, "x", requiresGrad: true);
        var y = ModuleCases.Activation(name).Forward(x);
        (y * Read(c, "G")).Sum().Backward();
        Compare($"{name} y", c.GetProperty("y"), y, false);
        Compare($"{name} dx", c.GetProperty("dx"), x, true);
    }
}
