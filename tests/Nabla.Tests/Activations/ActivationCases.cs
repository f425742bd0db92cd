using System.Text.Json;

namespace Nabla.Tests.Activations;

/// <summary>Turns a case of reference/activations.json into the matching <see cref="Tensor"/> method.</summary>
internal static class ActivationCases
{
    public const string File = "activations.json";

    public static TheoryData<string> Names => TorchReference.Names(File);

    /// <summary>The activation of the case applied to <paramref name="x"/>.</summary>
    public static Tensor Apply(JsonElement c, Tensor x)
    {
        double Parameter() => c.GetProperty("parameter").GetDouble();
        return c.GetProperty("activation").GetString() switch
        {
            "Sigmoid" => x.Sigmoid(),
            "Tanh" => x.Tanh(),
            "Relu" => x.Relu(),
            "LeakyRelu" => x.LeakyRelu(Parameter()),
            "Elu" => x.Elu(Parameter()),
            "Gelu" => x.Gelu(),
            "Silu" => x.Silu(),
            "Softplus" => x.Softplus(),
            "Softmax" => x.Softmax(),
            "LogSoftmax" => x.LogSoftmax(),
            var name => throw new InvalidOperationException($"unknown activation '{name}'"),
        };
    }
}
