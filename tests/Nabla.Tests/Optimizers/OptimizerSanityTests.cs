using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Optimizers;

/// <summary>State shapes, ZeroGrad, hand-checked first steps and hyper-parameter validation.</summary>
public sealed class OptimizerSanityTests
{
    private static Tensor[] Params() => [Tensor.Full(3, 4, 0.5, requiresGrad: true), Tensor.Full(1, 4, -0.25, requiresGrad: true)];

    /// <summary>A 1x1 parameter (a tensor that requires a gradient), for the constructor tests.</summary>
    private static Tensor Parameter() => Tensor.Zeros(1, 1, requiresGrad: true);

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
        var p = Tensor.Row([1.0, -2.0], requiresGrad: true);
        var opt = new Sgd([p], lr: 0.1);
        p.Pow(2).Sum().Backward();                      // g = 2p = (2, -4)
        opt.Step();
        Assert.Equal(1.0 - 0.1 * 2, p.Data[0, 0], 15);
        Assert.Equal(-2.0 + 0.1 * 4, p.Data[0, 1], 15);
    }

    [Fact]
    public void First_adam_step_has_size_lr_whatever_the_gradient_scale()
    {
        var p = Tensor.Row([1.0, -2.0], requiresGrad: true);
        var opt = new Adam([p], lr: 0.1);
        (p.Pow(2) * Tensor.Row(1000.0, 0.001)).Sum().Backward();  // gradients 2000 and -0.004
        opt.Step();
        Assert.Equal(0.9, p.Data[0, 0], 6);
        Assert.Equal(-1.9, p.Data[0, 1], 6);
    }

    [Fact]
    public void Changing_the_learning_rate_between_steps_takes_effect()
    {
        var p = Tensor.Row([1.0], requiresGrad: true);
        var opt = new Sgd([p], lr: 0.1);
        p.Sum().Backward();                              // g = 1
        opt.Step();
        opt.LearningRate = 0.5;
        opt.Step();
        Assert.Equal(1.0 - 0.1 - 0.5, p.Data[0, 0], 15);
    }

    public static TheoryData<string, Func<Optimizer>> Invalid => new()
    {
        { "Sgd: learning rate lr must be a finite number >= 0, got -0.1.", () => new Sgd([Parameter()], lr: -0.1) },
        { "Sgd: momentum must be a finite number >= 0, got -0.5.", () => new Sgd([Parameter()], lr: 0.1, momentum: -0.5) },
        { "Sgd: dampening must be a finite number >= 0, got -1.", () => new Sgd([Parameter()], lr: 0.1, dampening: -1) },
        { "Sgd: weightDecay must be a finite number >= 0, got -0.01.", () => new Sgd([Parameter()], lr: 0.1, weightDecay: -0.01) },
        { "Sgd: Nesterov momentum needs momentum > 0 and dampening = 0, got momentum = 0 and dampening = 0.", () => new Sgd([Parameter()], lr: 0.1, nesterov: true) },
        { "Sgd: Nesterov momentum needs momentum > 0 and dampening = 0, got momentum = 0.9 and dampening = 0.1.", () => new Sgd([Parameter()], lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) },
        { "Adagrad: lrDecay must be a finite number >= 0, got -1.", () => new Adagrad([Parameter()], lrDecay: -1) },
        { "Adagrad: initialAccumulatorValue must be a finite number >= 0, got -0.1.", () => new Adagrad([Parameter()], initialAccumulatorValue: -0.1) },
        { "Adagrad: eps must be a finite number >= 0, got NaN.", () => new Adagrad([Parameter()], eps: double.NaN) },
        { "Adadelta: rho must be in [0, 1], got 1.5.", () => new Adadelta([Parameter()], rho: 1.5) },
        { "Adadelta: weightDecay must be a finite number >= 0, got -1.", () => new Adadelta([Parameter()], weightDecay: -1) },
        { "RmsProp: alpha must be a finite number >= 0, got -0.99.", () => new RmsProp([Parameter()], alpha: -0.99) },
        { "RmsProp: momentum must be a finite number >= 0, got Infinity.", () => new RmsProp([Parameter()], momentum: double.PositiveInfinity) },
        { "Adam: beta1 must be in [0, 1), got 1.", () => new Adam([Parameter()], beta1: 1) },
        { "Adam: beta2 must be in [0, 1), got -0.1.", () => new Adam([Parameter()], beta2: -0.1) },
        { "Adam: learning rate lr must be a finite number >= 0, got NaN.", () => new Adam([Parameter()], lr: double.NaN) },
        { "AdamW: weightDecay must be a finite number >= 0, got -0.01.", () => new AdamW([Parameter()], weightDecay: -0.01) },
        { "AdamW: eps must be a finite number >= 0, got -1E-08.", () => new AdamW([Parameter()], eps: -1e-8) },
        // The first values just outside each range (the end points inside are accepted: OptimizerArgumentTests).
        { "Adam: beta1 must be in [0, 1), got -1E-12.", () => new Adam([Parameter()], beta1: -1e-12) },
        { "Adam: beta2 must be in [0, 1), got 1.", () => new Adam([Parameter()], beta2: 1) },
        { "Adadelta: rho must be in [0, 1], got -1E-12.", () => new Adadelta([Parameter()], rho: -1e-12) },
        { "Adadelta: rho must be in [0, 1], got NaN.", () => new Adadelta([Parameter()], rho: double.NaN) },
        { "Adam: beta1 must be in [0, 1), got NaN.", () => new Adam([Parameter()], beta1: double.NaN) },
        { "Sgd: momentum must be a finite number >= 0, got -1E-12.", () => new Sgd([Parameter()], lr: 0.1, momentum: -1e-12) },
        { "Sgd: learning rate lr must be a finite number >= 0, got Infinity.", () => new Sgd([Parameter()], lr: double.PositiveInfinity) },
        { "Sgd: learning rate lr must be a finite number >= 0, got -1E-12.", () => new Sgd([Parameter()], lr: -1e-12) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_hyper_parameters_are_rejected_with_a_clear_message(string message, Func<Optimizer> make)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(make);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optimizer_without_parameters_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Adam([]));
        Assert.Contains("at least one parameter", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<Tensor[], Optimizer>> Every => new()
    {
        { "Sgd", ps => new Sgd(ps, lr: 0.1) }, { "Adagrad", ps => new Adagrad(ps) }, { "Adadelta", ps => new Adadelta(ps) },
        { "RmsProp", ps => new RmsProp(ps) }, { "Adam", ps => new Adam(ps) }, { "AdamW", ps => new AdamW(ps) },
    };

    [Theory]
    [MemberData(nameof(Every))]
    public void An_optimizer_given_a_constant_names_it(string name, Func<Tensor[], Optimizer> make)
    {
        // A constant would never move (it gets no gradient), so a forgotten requiresGrad: true is an error, not a silent no-op.
        var e = Assert.Throws<ArgumentException>(() => make([Parameter(), Parameter(), Tensor.Zeros(1, 3)]));
        Assert.StartsWith(
            $"{name} expects tensors that require gradients (parameters); tensor 2 of shape (1, 3) does not: make it with requiresGrad: true.",
            e.Message, StringComparison.Ordinal);
        Assert.Equal("parameters", e.ParamName);
        Assert.Throws<ArgumentException>(() => make([Parameter(), null!]));
    }

    [Fact]
    public void The_parameters_of_a_network_are_accepted_and_move()
    {
        var model = new Sequential(new Linear(2, 3, new Random(1)), new Tanh(), new Linear(3, 2, new Random(2)));
        Assert.All(model.Parameters(), p => Assert.True(p.RequiresGrad));
        var before = model.Parameters().Select(p => p.Data.Clone()).ToArray();
        var opt = new Sgd(model.Parameters(), lr: 0.1);
        model.Forward(Tensor.FromArray(new double[,] { { 1, -2 } })).Sum().Backward();
        opt.Step();
        Assert.All(model.Parameters().Zip(before), pair => Assert.NotEqual(pair.Second, pair.First.Data));
    }
}
