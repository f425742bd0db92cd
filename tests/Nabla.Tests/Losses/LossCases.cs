using System.Text.Json;

namespace Nabla.Tests.Losses;

/// <summary>Turns a case of reference/losses.json into the matching <see cref="Loss"/> call.</summary>
internal static class LossCases
{
    public const string File = "losses.json";

    public static TheoryData<string> Names => TorchReference.Names(File);

    /// <summary>Fresh leaf variables (they require gradients) for every input of the case, by the names the script uses.</summary>
    public static Dictionary<string, Tensor> Inputs(JsonElement c) =>
        c.GetProperty("inputs").EnumerateObject().ToDictionary(p => p.Name, p => TorchReference.ReadTensor(p.Value, requiresGrad: true));

    /// <summary>The loss of the case, computed by the engine from <paramref name="x"/>.</summary>
    public static Tensor Build(JsonElement c, IReadOnlyDictionary<string, Tensor> x)
    {
        var reduction = c.GetProperty("reduction").GetString() switch
        {
            "mean" => Reduction.Mean,
            "sum" => Reduction.Sum,
            "none" => Reduction.None,
            var r => throw new InvalidOperationException($"unknown reduction '{r}'"),
        };
        int[] Labels() => c.GetProperty("labels").EnumerateArray().Select(v => v.GetInt32()).ToArray();

        return c.GetProperty("loss").GetString() switch
        {
            "MseLoss" => Loss.MseLoss(x["pred"], x["target"], reduction),
            "L1Loss" => Loss.L1Loss(x["pred"], x["target"], reduction),
            "HuberLoss" => Loss.HuberLoss(x["pred"], x["target"], c.GetProperty("delta").GetDouble(), reduction),
            "BinaryCrossEntropy" => Loss.BinaryCrossEntropy(x["probabilities"], x["target"], reduction),
            "BinaryCrossEntropyWithLogits" => Loss.BinaryCrossEntropyWithLogits(x["logits"], x["target"], reduction),
            "CrossEntropy" => Loss.CrossEntropy(x["logits"], Labels(), reduction),
            "CrossEntropyTargets" => Loss.CrossEntropy(x["logits"], x["target"], reduction),
            "NllLoss" => Loss.NllLoss(x["logProbabilities"], Labels(), reduction),
            "GaussianNllLoss" => Loss.GaussianNllLoss(x["mean"], x["target"], x["logVariance"], reduction),
            var name => throw new InvalidOperationException($"unknown loss '{name}'"),
        };
    }
}
