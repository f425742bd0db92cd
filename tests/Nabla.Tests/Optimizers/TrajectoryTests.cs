namespace Nabla.Tests.Optimizers;

/// <summary>Optimizers driving a bare 2-D point, and <see cref="Trajectory.Follow"/>.</summary>
public sealed class TrajectoryTests
{
    /// <summary>An elongated bowl f(x, y) = x^2 + 4 y^2 with its minimum at (0, 0).</summary>
    private static Tensor Bowl(Tensor p) => (p.Pow(2) * Tensor.Row(1.0, 4.0)).Sum();   // (1, 2) -> (1, 1)

    public static TheoryData<string, Func<IEnumerable<Tensor>, Optimizer>, int> Optimizers => new()
    {
        { "gradient descent", ps => new Sgd(ps, lr: 0.1), 100 },
        { "momentum", ps => new Sgd(ps, lr: 0.05, momentum: 0.9), 100 },
        { "Nesterov", ps => new Sgd(ps, lr: 0.05, momentum: 0.9, nesterov: true), 100 },
        { "Adagrad", ps => new Adagrad(ps, lr: 1.0), 100 },
        { "Adadelta", ps => new Adadelta(ps, lr: 10, rho: 0.95), 300 },
        { "RMSProp", ps => new RmsProp(ps, lr: 0.05), 200 },
        { "Adam", ps => new Adam(ps, lr: 0.1), 200 },
        { "AdamW", ps => new AdamW(ps, lr: 0.1), 200 },
    };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Every_optimizer_approaches_the_bottom_of_a_bowl(string name, Func<IEnumerable<Tensor>, Optimizer> make, int steps)
    {
        var p = Tensor.Row([-1.5, 2], requiresGrad: true);
        var opt = make([p]);
        var start = Bowl(p).Item();
        var path = new List<(double X, double Y)> { (-1.5, 2) };
        for (var t = 0; t < steps; t++)
        {
            opt.ZeroGrad();
            Bowl(p).Backward();
            opt.Step();
            path.Add((p.Data[0, 0], p.Data[0, 1]));
        }

        var (x, y) = path[^1];
        Assert.True(Math.Sqrt(x * x + y * y) < 0.05, $"{name} ended at ({x}, {y}), not within 0.05 of (0, 0)");
        Assert.True(Bowl(p).Item() < 1e-3 * start, $"{name}: f fell only from {start} to {Bowl(p).Item()}");
        Assert.Equal(path, Trajectory.Follow(Bowl, make, -1.5, 2, steps));   // same points through the helper
    }

    [Fact]
    public void Follow_returns_the_start_and_one_point_per_step()
    {
        var path = Trajectory.Follow(Bowl, ps => new Sgd(ps, lr: 0.1), 1, 1, 3);
        Assert.Equal(4, path.Count);
        Assert.Equal((1.0, 1.0), path[0]);
        Assert.Equal((1 - 0.1 * 2, 1 - 0.1 * 8), path[1]);   // p - lr * (2x, 8y)
        Assert.Single(Trajectory.Follow(Bowl, ps => new Sgd(ps, lr: 0.1), 1, 1, 0));
    }

    [Fact]
    public void A_diverging_optimizer_is_stopped_at_the_step_where_the_point_overflows()
    {
        // lr = 1 multiplies y by 1 - 8 = -7 every step, until it overflows; find that step the same way.
        var y = 2.0;
        var expectedStep = 0;
        while (double.IsFinite(y))
        {
            expectedStep++;
            y -= 1.0 * (4 * (2 * y));
        }

        var e = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(Bowl, ps => new Sgd(ps, lr: 1.0), -1.5, 2, 1000));
        Assert.InRange(expectedStep, 300, 400);
        Assert.Contains("Sgd", e.Message, StringComparison.Ordinal);
        Assert.Contains($"step {expectedStep}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("learning rate too large?", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nan_point_is_reported_at_step_one()
    {
        // sqrt has no real slope at x < 0: the gradient, and so the point, become NaN at once.
        var e = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(p => p.Sqrt().Sum(), ps => new Adam(ps, lr: 0.1), -1, 1, 10));
        Assert.Contains("Adam (lr = 0.1) diverged at step 1:", e.Message, StringComparison.Ordinal);
        Assert.Contains("NaN", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surface_that_is_not_1x1_is_rejected()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Trajectory.Follow(p => p.Pow(2), ps => new Sgd(ps, lr: 0.1), 1, 1, 5));
        Assert.Contains("1x1 tensor, got shape (1, 2)", e.Message, StringComparison.Ordinal);
    }
}
