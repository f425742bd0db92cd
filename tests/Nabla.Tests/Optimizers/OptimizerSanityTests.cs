using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Optimizers;

/// <summary>State shapes, ZeroGrad, hand-checked first steps and hyper-parameter validation.</summary>
public sealed class OptimizerSanityTests
{
    private static Tensor[] Params() => [Tensor.Full(3, 4, 0.5), Tensor.Full(1, 4, -0.25)];

    private static IEnumerable<(Optimizer Opt, Matrix<double>[][] States)> All()
    {
        var sgd = new Sgd(Params(), lr: 0.1, momentum: 0.9);
        var adagrad = new Adagrad(Params(), initialAccumulatorValue: 0.5);
        var adadelta = new Adadelta(Params());
        var rms = new RmsProp(Params(), momentum: 0.9, centered: true);
        var adam = new Adam(Params());
        var adamw = new AdamW(Params());
        yield return (sgd, [sgd.Velocity]);
        yield return (adagrad, [adagrad.Sum]);
        yield return (adadelta, [adadelta.SquareAverage, adadelta.AccumulatedDelta]);
        yield return (rms, [rms.SquareAverage, rms.GradAverage, rms.Velocity]);
        yield return (adam, [adam.ExpAvg, adam.ExpAvgSq]);
        yield return (adamw, [adamw.ExpAvg, adamw.ExpAvgSq]);
    }

    [Fact]
    public void State_arrays_are_aligned_with_the_parameters_before_and_after_steps()
    {
        foreach (var (opt, states) in All())
        {
            for (var step = 0; step < 3; step++)
            {
                foreach (var state in states)
                {
                    Assert.Equal(opt.Parameters.Count, state.Length);
                    for (var i = 0; i < state.Length; i++)
                    {
                        Assert.Equal((opt.Parameters[i].Rows, opt.Parameters[i].Columns), (state[i].RowCount, state[i].ColumnCount));
                    }
                }

                opt.ZeroGrad();
                (opt.Parameters[0].Pow(2).Sum() + opt.Parameters[1].Sum()).Backward();
                opt.Step();
            }

            Assert.Equal(3, opt.StepCount);
            Assert.True(states.All(s => s.All(m => m.Enumerate().Any(v => v != 0))), $"{opt.GetType().Name}: state still zero after 3 steps");
        }
    }

    [Fact]
    public void Adagrad_sum_starts_at_the_initial_accumulator_value()
    {
        var opt = new Adagrad(Params(), initialAccumulatorValue: 0.5);
        Assert.All(opt.Sum, s => Assert.All(s.Enumerate(), v => Assert.Equal(0.5, v)));
    }

    [Fact]
    public void ZeroGrad_zeroes_every_parameter_gradient()
    {
        foreach (var (opt, _) in All())
        {
            (opt.Parameters[0].Pow(2).Sum() + opt.Parameters[1].Sum()).Backward();
            Assert.All(opt.Parameters, p => Assert.Contains(p.Grad.Enumerate(), v => v != 0));
            opt.ZeroGrad();
            Assert.All(opt.Parameters, p => Assert.All(p.Grad.Enumerate(), v => Assert.Equal(0.0, v)));
        }
    }

    [Fact]
    public void Plain_sgd_step_is_p_minus_lr_times_g()
    {
        var p = Tensor.Row(1.0, -2.0);
        var opt = new Sgd([p], lr: 0.1);
        p.Pow(2).Sum().Backward();                      // g = 2p = (2, -4)
        opt.Step();
        Assert.Equal(1.0 - 0.1 * 2, p.Data[0, 0], 15);
        Assert.Equal(-2.0 + 0.1 * 4, p.Data[0, 1], 15);
    }

    [Fact]
    public void First_adam_step_has_size_lr_whatever_the_gradient_scale()
    {
        var p = Tensor.Row(1.0, -2.0);
        var opt = new Adam([p], lr: 0.1);
        (p.Pow(2) * Tensor.Row(1000.0, 0.001)).Sum().Backward();  // gradients 2000 and -0.004
        opt.Step();
        Assert.Equal(0.9, p.Data[0, 0], 6);
        Assert.Equal(-1.9, p.Data[0, 1], 6);
    }

    [Fact]
    public void Changing_the_learning_rate_between_steps_takes_effect()
    {
        var p = Tensor.Row(1.0);
        var opt = new Sgd([p], lr: 0.1);
        p.Sum().Backward();                              // g = 1
        opt.Step();
        opt.LearningRate = 0.5;
        opt.Step();
        Assert.Equal(1.0 - 0.1 - 0.5, p.Data[0, 0], 15);
    }

    public static TheoryData<string, Func<Optimizer>> Invalid => new()
    {
        { "Sgd: learning rate lr must be a finite number >= 0, got -0.1.", () => new Sgd([Tensor.Zeros(1, 1)], lr: -0.1) },
        { "Sgd: momentum must be a finite number >= 0, got -0.5.", () => new Sgd([Tensor.Zeros(1, 1)], lr: 0.1, momentum: -0.5) },
        { "Sgd: dampening must be a finite number >= 0, got -1.", () => new Sgd([Tensor.Zeros(1, 1)], lr: 0.1, dampening: -1) },
        { "Sgd: weightDecay must be a finite number >= 0, got -0.01.", () => new Sgd([Tensor.Zeros(1, 1)], lr: 0.1, weightDecay: -0.01) },
        { "Sgd: Nesterov momentum needs momentum > 0 and dampening = 0, got momentum = 0 and dampening = 0.", () => new Sgd([Tensor.Zeros(1, 1)], lr: 0.1, nesterov: true) },
        { "Sgd: Nesterov momentum needs momentum > 0 and dampening = 0, got momentum = 0.9 and dampening = 0.1.", () => new Sgd([Tensor.Zeros(1, 1)], lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) },
        { "Adagrad: lrDecay must be a finite number >= 0, got -1.", () => new Adagrad([Tensor.Zeros(1, 1)], lrDecay: -1) },
        { "Adagrad: initialAccumulatorValue must be a finite number >= 0, got -0.1.", () => new Adagrad([Tensor.Zeros(1, 1)], initialAccumulatorValue: -0.1) },
        { "Adagrad: eps must be a finite number >= 0, got NaN.", () => new Adagrad([Tensor.Zeros(1, 1)], eps: double.NaN) },
        { "Adadelta: rho must be in [0, 1], got 1.5.", () => new Adadelta([Tensor.Zeros(1, 1)], rho: 1.5) },
        { "Adadelta: weightDecay must be a finite number >= 0, got -1.", () => new Adadelta([Tensor.Zeros(1, 1)], weightDecay: -1) },
        { "RmsProp: alpha must be a finite number >= 0, got -0.99.", () => new RmsProp([Tensor.Zeros(1, 1)], alpha: -0.99) },
        { "RmsProp: momentum must be a finite number >= 0, got Infinity.", () => new RmsProp([Tensor.Zeros(1, 1)], momentum: double.PositiveInfinity) },
        { "Adam: beta1 must be in [0, 1), got 1.", () => new Adam([Tensor.Zeros(1, 1)], beta1: 1) },
        { "Adam: beta2 must be in [0, 1), got -0.1.", () => new Adam([Tensor.Zeros(1, 1)], beta2: -0.1) },
        { "Adam: learning rate lr must be a finite number >= 0, got NaN.", () => new Adam([Tensor.Zeros(1, 1)], lr: double.NaN) },
        { "AdamW: weightDecay must be a finite number >= 0, got -0.01.", () => new AdamW([Tensor.Zeros(1, 1)], weightDecay: -0.01) },
        { "AdamW: eps must be a finite number >= 0, got -1E-08.", () => new AdamW([Tensor.Zeros(1, 1)], eps: -1e-8) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_hyper_parameters_are_rejected_with_a_clear_message(string message, Func<Optimizer> make)
    {
        var e = Assert.ThrowsAny<ArgumentException>(make);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optimizer_without_parameters_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Adam([]));
        Assert.Contains("at least one parameter", e.Message, StringComparison.Ordinal);
    }
}
