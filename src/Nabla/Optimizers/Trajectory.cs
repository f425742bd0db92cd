using static System.FormattableString;

namespace Nabla;

/// <summary>
/// Follows an optimizer across a 2-D surface f(x, y), recording every point it visits, so a notebook
/// can draw the path on a contour plot. Notebook 06 uses it to race the optimizers on a valley, a
/// saddle and a surface with a local minimum.
/// </summary>
public static class Trajectory
{
    /// <summary>
    /// Starts a 1x2 point at (x0, y0) and takes <paramref name="steps"/> optimizer steps downhill on
    /// <paramref name="surface"/>; returns the start and every point after each step (steps + 1 points).
    /// </summary>
    /// <remarks>
    /// Each step is the usual loop on a single parameter, the point p = [x, y] of shape (1, 2):
    /// <c>opt.ZeroGrad(); surface(p).Backward(); opt.Step();</c>.
    /// Example: <c>Trajectory.Follow(p => p.Pow(2).Sum(), ps => new Adam(ps, lr: 0.1), -1.5, 2, 100)</c>.
    /// </remarks>
    /// <param name="surface">The height f at a point: takes the (1, 2) tensor [x, y], returns a (1, 1) tensor built with Tensor ops.</param>
    /// <param name="makeOptimizer">Builds the optimizer for the given parameter list (the single point), e.g. <c>ps => new Sgd(ps, lr: 0.1)</c>.</param>
    /// <param name="x0">Starting x.</param>
    /// <param name="y0">Starting y.</param>
    /// <param name="steps">Number of steps, &gt;= 0.</param>
    /// <returns>The visited points, start first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The surface does not return a 1x1 tensor, or the point became NaN or infinite (the optimizer diverged).</exception>
    public static IReadOnlyList<(double X, double Y)> Follow(
        Func<Tensor, Tensor> surface, Func<IEnumerable<Tensor>, Optimizer> makeOptimizer, double x0, double y0, int steps)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(makeOptimizer);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var p = Tensor.Row([x0, y0], requiresGrad: true);            // (1, 2), the parameter
        var opt = makeOptimizer([p]);
        var points = new List<(double X, double Y)>(steps + 1) { (x0, y0) };
        for (var step = 1; step <= steps; step++)
        {
            opt.ZeroGrad();
            var f = surface(p);                                       // (1, 1)
            if (f.Rows != 1 || f.Columns != 1)
            {
                throw new InvalidOperationException($"Trajectory.Follow: the surface must return a 1x1 tensor, got shape {f.Shape}.");
            }

            f.Backward();
            opt.Step();
            var (x, y) = (p.Data[0, 0], p.Data[0, 1]);
            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                throw new InvalidOperationException(
                    Invariant($"{opt.GetType().Name} (lr = {opt.LearningRate}) diverged at step {step}: the point became ({x}, {y}); learning rate too large?"));
            }

            points.Add((x, y));
        }

        return points;
    }
}
