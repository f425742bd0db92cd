namespace Nabla.Tests.Optimizers;

/// <summary>
/// The edges of the optimizers' argument checks (issue 18, mutation testing): the end points of every allowed range
/// are accepted (lr = 0, momentum = 0, beta = 0, rho = 0 and 1; the first excluded values are rows of
/// OptimizerSanityTests.Invalid), nulls are refused by name, and Trajectory.Follow checks what it is given.
/// </summary>
public sealed class OptimizerArgumentTests
{
    private static Tensor Parameter() => Tensor.Row([1.0, 2.0], requiresGrad: true);

    [Fact]
    public void TheEndPointsOfEveryRangeAreAccepted()
    {
        Assert.Equal(0.0, new Sgd([Parameter()], lr: 0).LearningRate);
        Assert.Equal(0.0, new Sgd([Parameter()], lr: 0.1, momentum: 0, dampening: 0, weightDecay: 0).Momentum);
        Assert.Equal(0.0, new Adam([Parameter()], beta1: 0, beta2: 0).Beta1);
        Assert.Equal(1.0, new Adadelta([Parameter()], rho: 1).Rho);
        Assert.Equal(0.0, new Adadelta([Parameter()], rho: 0).Rho);
        Assert.Equal(0.0, new Adagrad([Parameter()], eps: 0).Eps);
    }

    [Fact]
    public void ABadLearningRateNamesLr()
    {
        Assert.Equal("lr", Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd([Parameter()], lr: -1)).ParamName);
        var adam = new Adam([Parameter()]);
        Assert.Equal("lr", Assert.Throws<ArgumentOutOfRangeException>(() => adam.LearningRate = double.NaN).ParamName);
    }

    [Fact]
    public void NullsAreRefusedByName()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new Sgd(null!, lr: 0.1)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new Adam([Parameter(), null!]));
        Assert.StartsWith("Adam expects parameter tensors, got null at position 1.", e.Message, StringComparison.Ordinal);
        Assert.Equal("parameters", e.ParamName);
        Assert.StartsWith("An optimizer needs at least one parameter tensor, got none.", Assert.Throws<ArgumentException>(() => new Sgd([], lr: 0.1)).Message);
    }

    [Fact]
    public void TrajectoryFollowChecksItsArguments()
    {
        Func<Tensor, Tensor> bowl = p => (p * p).Sum();
        Func<IEnumerable<Tensor>, Optimizer> sgd = ps => new Sgd(ps, lr: 0.1);
        Assert.Equal("surface", Assert.Throws<ArgumentNullException>(() => Trajectory.Follow(null!, sgd, 1, 1, 3)).ParamName);
        Assert.Equal("makeOptimizer", Assert.Throws<ArgumentNullException>(() => Trajectory.Follow(bowl, null!, 1, 1, 3)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => Trajectory.Follow(bowl, sgd, 1, 1, -1)).ParamName);
        Assert.Equal([(1.0, 1.0)], Trajectory.Follow(bowl, sgd, 1, 1, 0));                        // 0 steps: the start only
        var shape = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(p => p * p, sgd, 1, 1, 3));
        Assert.Equal("Trajectory.Follow: the surface must return a 1x1 tensor, got shape (1, 2).", shape.Message);
        var tall = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(p => p.Sum() * Tensor.Column(1, 1), sgd, 1, 1, 3));
        Assert.Equal("Trajectory.Follow: the surface must return a 1x1 tensor, got shape (2, 1).", tall.Message);
    }

    [Fact]
    public void TrajectoryFollowNamesADivergedPoint()
    {
        // f = x^2 + y^2 with lr = 10: each step multiplies the point by 1 - 2 * 10 = -19, so it overflows to infinity.
        var e = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(p => (p * p).Sum(), ps => new Sgd(ps, lr: 10), 1, 1, 1000));
        Assert.StartsWith("Sgd (lr = 10) diverged at step ", e.Message, StringComparison.Ordinal);
        Assert.Contains("learning rate too large?", e.Message, StringComparison.Ordinal);
    }
}
