using Xunit.Abstractions;

namespace Nabla.Tests.Losses;

/// <summary>
/// Every loss, every reduction: the value and the gradient with respect to every differentiable input
/// agree with PyTorch (reference/losses.json) within |a - b| &lt;= 1e-10 max(1, |b|). With Reduction.None the
/// value is the unreduced loss and the gradients are those of sum(upstream * loss), for the case's upstream weights.
/// </summary>
public sealed class LossReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => LossCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValueAndGradientsMatchPyTorch(string name)
    {
        var c = TorchReference.Case(LossCases.File, name);
        var x = LossCases.Inputs(c);
        var loss = LossCases.Build(c, x);
        double worst;
        if (c.TryGetProperty("upstream", out var upstream))                 // Reduction.None: the unreduced terms
        {
            worst = TorchReference.AssertClose($"{name} value", TorchReference.ReadMatrix(c.GetProperty("value")), loss.Data);
            (loss * new Tensor(TorchReference.ReadMatrix(upstream), requiresGrad: false)).Sum().Backward();
        }
        else
        {
            worst = TorchReference.AssertClose($"{name} value", c.GetProperty("value").GetDouble(), loss.Item());
            loss.Backward();
        }

        var grads = c.GetProperty("grads").EnumerateObject().ToArray();
        Assert.NotEmpty(grads);
        foreach (var g in grads)
        {
            var deviation = TorchReference.AssertClose($"{name} d/d{g.Name}", TorchReference.ReadMatrix(g.Value), x[g.Name].Grad);
            worst = Math.Max(worst, deviation);
        }

        output.WriteLine($"{name}: worst deviation from PyTorch {worst:E2}");
    }

    [Fact]
    public void TheReferenceFileCoversEveryLossWithEveryReduction()
    {
        var cases = TorchReference.Cases(LossCases.File);
        var losses = cases.Select(c => c.GetProperty("loss").GetString()!).Distinct().Order().ToArray();
        Assert.Equal(
            ["BinaryCrossEntropy", "BinaryCrossEntropyWithLogits", "CrossEntropy", "CrossEntropyTargets", "GaussianNllLoss",
             "HuberLoss", "L1Loss", "MseLoss", "NllLoss"],
            losses);
        foreach (var loss in losses)
        {
            var reductions = cases.Where(c => c.GetProperty("loss").GetString() == loss)
                .Select(c => c.GetProperty("reduction").GetString()!).Distinct().Order().ToArray();
            Assert.Equal(["mean", "none", "sum"], reductions);
        }
    }
}
