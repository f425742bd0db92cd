namespace Nabla.Tests.Modules;

/// <summary>Every activation module by name (the names match the cases in reference/modules.json).</summary>
internal static class ModuleCases
{
    public static readonly string[] ActivationNames =
        ["Relu", "Tanh", "Sigmoid", "LeakyRelu(0.2)", "Elu(0.7)", "Gelu", "Silu", "Softmax", "LogSoftmax", "Identity"];

    public static Module Activation(string name) => name switch
    {
        "Relu" => new Relu(),
        "Tanh" => new Tanh(),
        "Sigmoid" => new Sigmoid(),
        "LeakyRelu(0.2)" => new LeakyRelu(0.2),
        "Elu(0.7)" => new Elu(0.7),
        "Gelu" => new Gelu(),
        "Silu" => new Silu(),
        "Softmax" => new Softmax(),
        "LogSoftmax" => new LogSoftmax(),
        "Identity" => new Identity(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown activation module"),
    };

    /// <summary>Gradient-check tolerance on the worst entry.</summary>
    public const double Tolerance = 1e-7;

    /// <summary>Runs a gradient check and asserts it passes; returns the report for logging.</summary>
    public static GradCheckReport Check(Func<Tensor> loss, params Tensor[] inputs)
    {
        var report = GradCheck.Run(loss, inputs);
        Assert.True(report.Count > 0, "nothing was checked");
        Assert.True(report.Passed(Tolerance), report.ToString());
        return report;
    }
}
