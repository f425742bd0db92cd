using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Optimizers;

/// <summary>
/// Every optimizer updates its parameters and its state in place: once warm (its weight-decay matrix made), a step
/// allocates nothing that grows with the parameter. Measured on a 784 x 128 layer (784 KB per matrix, so one temporary
/// matrix per step would show as 7.8 MB over the 10 steps) with every option that adds work switched on.
/// This counts bytes allocated by the test's thread; it measures no time.
/// </summary>
[Collection(nameof(AllocationMeasurement))]
public sealed class OptimizerAllocationTests
{
    private const long Budget = 1024;      // bytes for 10 steps (ZeroGrad + Step)

    public static TheoryData<string> Names => new(Optimizers.Keys);

    private static readonly Dictionary<string, Func<Tensor[], Optimizer>> Optimizers = new()
    {
        ["Sgd"] = ps => new Sgd(ps, lr: 0.1),
        ["Sgd momentum, dampening, weight decay"] = ps => new Sgd(ps, lr: 0.1, momentum: 0.9, dampening: 0.1, weightDecay: 0.01),
        ["Sgd Nesterov"] = ps => new Sgd(ps, lr: 0.1, momentum: 0.9, nesterov: true),
        ["Adagrad lr decay, weight decay"] = ps => new Adagrad(ps, lrDecay: 0.01, weightDecay: 0.01),
        ["Adadelta weight decay"] = ps => new Adadelta(ps, weightDecay: 0.01),
        ["RmsProp"] = ps => new RmsProp(ps),
        ["RmsProp centered, momentum, weight decay"] = ps => new RmsProp(ps, momentum: 0.9, centered: true, weightDecay: 0.01),
        ["Adam weight decay"] = ps => new Adam(ps, weightDecay: 0.01),
        ["AdamW"] = ps => new AdamW(ps),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void AWarmStepAllocatesLessThanOneKilobyte(string name)
    {
        var rng = new Random(5);
        Tensor[] parameters =
        [
            new(Matrix<double>.Build.Dense(784, 128, (_, _) => rng.NextDouble() - 0.5), requiresGrad: true),    // W
            new(Matrix<double>.Build.Dense(1, 128, (_, _) => rng.NextDouble() - 0.5), requiresGrad: true),      // b
        ];
        var gradients = parameters.Select(p => Matrix<double>.Build.Dense(p.Rows, p.Columns, (_, _) => rng.NextDouble() - 0.5)).ToArray();
        var optimizer = Optimizers[name](parameters);
        void Step()
        {
            optimizer.ZeroGrad();
            for (var i = 0; i < parameters.Length; i++)
            {
                gradients[i].CopyTo(parameters[i].Grad);                  // as Backward would leave them
            }

            optimizer.Step();
        }

        var allocated = AllocationMeasurement.BytesAllocated(Step);      // 10 steps after 3 warm-up steps
        Assert.True(allocated < Budget, $"{name}: 10 warm steps allocated {allocated} bytes (budget {Budget})");
        Assert.All(parameters, p => Assert.True(p.Data.Enumerate().All(double.IsFinite), $"{name}: a parameter is not finite"));
    }
}
