using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;
using static Nabla.Tests.Optimizers.OptimizerReference;

namespace Nabla.Tests.Optimizers;

/// <summary>Every optimizer configuration, 50 steps on the same small network, compared with torch.optim.</summary>
public sealed class TorchReferenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-10;

    public static TheoryData<string> ConfigNames => new(Configurations.Keys);

    [Fact]
    public void Every_configuration_in_the_json_has_a_nabla_counterpart_and_vice_versa()
    {
        var inJson = Root.GetProperty("configs").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).Order();
        Assert.Equal(Configurations.Keys.Order(), inJson);
        Assert.Equal(17, Configurations.Count);
    }

    [Theory]
    [MemberData(nameof(ConfigNames))]
    public void Hyper_parameters_match_the_torch_param_group(string name)
    {
        var config = Config(name);
        var opt = Configurations[name]([Tensor.Zeros(1, 1, requiresGrad: true)]);
        Assert.Equal(config.GetProperty("optimizer").GetString(), TorchName(opt));
        AssertSameHyper(config.GetProperty("hyper"), Hyper(opt), name);
    }

    [Fact]
    public void Defaults_are_torchs()
    {
        Tensor[] P() => [Tensor.Zeros(1, 1, requiresGrad: true)];        // one 1x1 parameter
        Optimizer[] optimizers = [new Sgd(P(), lr: 0.1), new Adagrad(P()), new Adadelta(P()), new RmsProp(P()), new Adam(P()), new AdamW(P())];
        foreach (var opt in optimizers)
        {
            AssertSameHyper(Root.GetProperty("defaults").GetProperty(TorchName(opt)), Hyper(opt), TorchName(opt));
        }
    }

    [Theory]
    [MemberData(nameof(ConfigNames))]
    public void Fifty_steps_match_torch(string name)
    {
        var worst = Run(name);
        output.WriteLine($"{name}: worst relative deviation from torch {worst:E2}");
        Assert.True(worst <= Tolerance, $"{name}: worst deviation {worst:E2} > {Tolerance:E0}");
    }

    /// <summary>Runs one configuration and returns the worst deviation of any loss, parameter or state entry.</summary>
    private static double Run(string name)
    {
        var config = Config(name);
        var x = new Tensor(ReadMatrix(Root.GetProperty("x")));                   // (8, 3)
        var target = new Tensor(ReadMatrix(Root.GetProperty("target")));        // (8, 2)
        var p = Names.Select(n => new Tensor(ReadMatrix(Root.GetProperty("initial").GetProperty(n)), requiresGrad: true)).ToArray();
        var opt = Configurations[name](p);
        var losses = config.GetProperty("losses").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var recorded = config.GetProperty("params").EnumerateArray().ToDictionary(r => r.GetProperty("step").GetInt32());
        Assert.Equal(Root.GetProperty("steps").GetInt32(), losses.Length);

        var worst = 0.0;
        for (var step = 1; step <= losses.Length; step++)
        {
            opt.ZeroGrad();
            var loss = Loss(x, target, p);
            loss.Backward();
            opt.Step();
            worst = Math.Max(worst, Check(loss.Item(), losses[step - 1], $"{name} loss at step {step}"));
            if (recorded.TryGetValue(step, out var values))
            {
                for (var k = 0; k < p.Length; k++)
                {
                    worst = Math.Max(worst, Check(p[k].Data, ReadMatrix(values.GetProperty(Names[k])), $"{name} {Names[k]} after step {step}"));
                }
            }
        }

        Assert.Equal(losses.Length, recorded.Keys.Max());
        worst = Math.Max(worst, Check(Loss(x, target, p).Item(), config.GetProperty("final_loss").GetDouble(), $"{name} final loss"));
        foreach (var entry in config.GetProperty("state").EnumerateObject())
        {
            var state = State(opt, entry.Name);
            for (var k = 0; k < p.Length; k++)
            {
                worst = Math.Max(worst, Check(state[k], ReadMatrix(entry.Value.GetProperty(Names[k])), $"{name} state {entry.Name} of {Names[k]}"));
            }
        }

        return worst;
    }

    private static double Check(double actual, double expected, string what)
    {
        var d = Deviation(actual, expected);
        Assert.True(d <= Tolerance, $"{what}: Nabla {actual:R}, torch {expected:R} (relative deviation {d:E2})");
        return d;
    }

    private static double Check(Matrix<double> actual, Matrix<double> expected, string what)
    {
        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        var worst = 0.0;
        for (var r = 0; r < expected.RowCount; r++)
        {
            for (var c = 0; c < expected.ColumnCount; c++)
            {
                worst = Math.Max(worst, Check(actual[r, c], expected[r, c], $"{what} [{r},{c}]"));
            }
        }

        return worst;
    }

    private static void AssertSameHyper(JsonElement torch, Dictionary<string, double> nabla, string what)
    {
        var expected = torch.EnumerateObject().ToDictionary(
            e => e.Name,
            e => e.Value.ValueKind switch
            {
                JsonValueKind.True => 1.0,
                JsonValueKind.False => 0.0,
                _ => e.Value.GetDouble(),
            });
        Assert.Equal(expected.Keys.Order(), nabla.Keys.Order());
        foreach (var (key, value) in expected)
        {
            Assert.True(value == nabla[key], $"{what}: {key} is {nabla[key]} in Nabla, {value} in torch");
        }
    }
}
