using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Optimizers;

/// <summary>
/// reference/optimizers.json (written by tests/reference/make_reference_optimizers.py): torch.optim
/// trajectories on tanh(x W1 + b1) W2 + b2 with MSE, and the Nabla optimizers for the same configurations.
/// </summary>
internal static class OptimizerReference
{
    public static readonly string[] Names = ["W1", "b1", "W2", "b2"];

    private static readonly Lazy<JsonElement> Json = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference", "optimizers.json"))).RootElement);

    public static JsonElement Root => Json.Value;

    /// <summary>The same configurations as the Python script, with the hyper-parameters written out explicitly.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IEnumerable<Tensor>, Optimizer>> Configurations =
        new Dictionary<string, Func<IEnumerable<Tensor>, Optimizer>>
        {
            ["sgd_plain"] = ps => new Sgd(ps, lr: 0.1),
            ["sgd_momentum"] = ps => new Sgd(ps, lr: 0.05, momentum: 0.9),
            ["sgd_momentum_dampening"] = ps => new Sgd(ps, lr: 0.05, momentum: 0.9, dampening: 0.1),
            ["sgd_nesterov"] = ps => new Sgd(ps, lr: 0.05, momentum: 0.9, nesterov: true),
            ["sgd_weight_decay"] = ps => new Sgd(ps, lr: 0.1, weightDecay: 0.01),
            ["adagrad_default"] = ps => new Adagrad(ps),
            ["adagrad_decay"] = ps => new Adagrad(ps, lr: 0.1, lrDecay: 0.01, weightDecay: 0.05, initialAccumulatorValue: 0.1),
            ["adadelta_default"] = ps => new Adadelta(ps),
            ["adadelta_weight_decay"] = ps => new Adadelta(ps, lr: 0.5, rho: 0.95, weightDecay: 0.01),
            ["rmsprop_default"] = ps => new RmsProp(ps),
            ["rmsprop_momentum"] = ps => new RmsProp(ps, lr: 0.005, momentum: 0.9),
            ["rmsprop_centered"] = ps => new RmsProp(ps, centered: true),
            ["rmsprop_centered_momentum_weight_decay"] = ps => new RmsProp(ps, lr: 0.005, alpha: 0.9, momentum: 0.5, centered: true, weightDecay: 0.01),
            ["adam_default"] = ps => new Adam(ps),
            ["adam_weight_decay"] = ps => new Adam(ps, lr: 0.01, beta1: 0.8, beta2: 0.99, weightDecay: 0.1),
            ["adamw_default"] = ps => new AdamW(ps),
            ["adamw_weight_decay"] = ps => new AdamW(ps, lr: 0.01, weightDecay: 0.1),
        };

    /// <summary>The JSON entry of one configuration.</summary>
    public static JsonElement Config(string name) =>
        Root.GetProperty("configs").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static Matrix<double> ReadMatrix(JsonElement rows) =>
        Matrix<double>.Build.DenseOfRows(rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble())));

    /// <summary>The loss the script computes: mean((tanh(x W1 + b1) W2 + b2 - target)^2).</summary>
    public static Tensor Loss(Tensor x, Tensor target, IReadOnlyList<Tensor> p)
    {
        var pred = (x.MatMul(p[0]) + p[1]).Tanh().MatMul(p[2]) + p[3];   // (8, 2)
        return (pred - target).Pow(2).Mean();                            // (1, 1)
    }

    /// <summary>torch's class name for a Nabla optimizer.</summary>
    public static string TorchName(Optimizer o) => o switch
    {
        Sgd => "SGD",
        Adagrad => "Adagrad",
        Adadelta => "Adadelta",
        RmsProp => "RMSprop",
        Adam => "Adam",
        AdamW => "AdamW",
        _ => throw new ArgumentException($"No torch counterpart for {o.GetType().Name}."),
    };

    /// <summary>The optimizer's hyper-parameters under torch's param_group names (booleans as 0/1).</summary>
    public static Dictionary<string, double> Hyper(Optimizer o) => o switch
    {
        Sgd s => new() { ["lr"] = s.LearningRate, ["momentum"] = s.Momentum, ["dampening"] = s.Dampening, ["nesterov"] = s.Nesterov ? 1 : 0, ["weight_decay"] = s.WeightDecay },
        Adagrad a => new() { ["lr"] = a.LearningRate, ["lr_decay"] = a.LrDecay, ["weight_decay"] = a.WeightDecay, ["initial_accumulator_value"] = a.InitialAccumulatorValue, ["eps"] = a.Eps },
        Adadelta a => new() { ["lr"] = a.LearningRate, ["rho"] = a.Rho, ["eps"] = a.Eps, ["weight_decay"] = a.WeightDecay },
        RmsProp r => new() { ["lr"] = r.LearningRate, ["alpha"] = r.Alpha, ["eps"] = r.Eps, ["weight_decay"] = r.WeightDecay, ["momentum"] = r.Momentum, ["centered"] = r.Centered ? 1 : 0 },
        Adam a => new() { ["lr"] = a.LearningRate, ["beta1"] = a.Beta1, ["beta2"] = a.Beta2, ["eps"] = a.Eps, ["weight_decay"] = a.WeightDecay },
        AdamW a => new() { ["lr"] = a.LearningRate, ["beta1"] = a.Beta1, ["beta2"] = a.Beta2, ["eps"] = a.Eps, ["weight_decay"] = a.WeightDecay },
        _ => throw new ArgumentException($"Unknown optimizer {o.GetType().Name}."),
    };

    /// <summary>The Nabla state array that holds torch's state entry <paramref name="key"/>.</summary>
    public static Matrix<double>[] State(Optimizer o, string key) => (o, key) switch
    {
        (Sgd s, "momentum_buffer") => s.Velocity,
        (Adagrad a, "sum") => a.Sum,
        (Adadelta a, "square_avg") => a.SquareAverage,
        (Adadelta a, "acc_delta") => a.AccumulatedDelta,
        (RmsProp r, "square_avg") => r.SquareAverage,
        (RmsProp r, "grad_avg") => r.GradAverage,
        (RmsProp r, "momentum_buffer") => r.Velocity,
        (Adam a, "exp_avg") => a.ExpAvg,
        (Adam a, "exp_avg_sq") => a.ExpAvgSq,
        (AdamW a, "exp_avg") => a.ExpAvg,
        (AdamW a, "exp_avg_sq") => a.ExpAvgSq,
        _ => throw new ArgumentException($"{o.GetType().Name} has no state matching torch's '{key}'."),
    };

    /// <summary>|a - b| / max(1, |b|): the deviation measure of these tests (b is PyTorch's value).</summary>
    public static double Deviation(double a, double b) => Math.Abs(a - b) / Math.Max(1, Math.Abs(b));
}
