namespace Nabla;

/// <summary>
/// The 2-D surfaces of notebook 06, on which every optimizer's path is drawn: an elongated valley, the
/// Rosenbrock banana, a saddle, and a surface with a local minimum beside the global one.
/// </summary>
public static class Surfaces
{
    /// <summary>
    /// An elongated valley: f(x, y) = 0.1 x^2 + 2 y^2, minimum 0 at (0, 0).
    /// </summary>
    /// <remarks>
    /// Gradient (0.2 x, 4 y); the curvatures 0.2 and 4 differ 20-fold (condition number 20). Plain gradient
    /// descent must keep lr below 2/4 = 0.5 or it diverges along y, and with such a step it crawls along x:
    /// it zig-zags across the valley. Momentum and Adam fix this in different ways.
    /// </remarks>
    public static Surface ElongatedValley { get; } = new(
        "Elongated valley",
        (x, y) => 0.1 * x.Pow(2) + 2 * y.Pow(2),
        (x, y) => 0.1 * x * x + 2 * y * y,
        [new CriticalPoint(0, 0, 0, CriticalPointKind.GlobalMinimum)],
        (-10, 10), (-4, 4), (-9, 3));

    /// <summary>
    /// The Rosenbrock function: f(x, y) = (1 - x)^2 + 100 (y - x^2)^2, minimum 0 at (1, 1).
    /// </summary>
    /// <remarks>
    /// Gradient (-2 (1 - x) - 400 x (y - x^2), 200 (y - x^2)). The minimum lies in a long, curved, flat-bottomed
    /// valley along y = x^2: easy to fall into, slow to follow to the end.
    /// </remarks>
    public static Surface Rosenbrock { get; } = new(
        "Rosenbrock",
        (x, y) => (1 - x).Pow(2) + 100 * (y - x.Pow(2)).Pow(2),
        (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
        [new CriticalPoint(1, 1, 0, CriticalPointKind.GlobalMinimum)],
        (-2, 2), (-1, 3), (-1.5, 2));

    /// <summary>
    /// A bounded saddle: f(x, y) = x^2 - y^2 / 2 + y^4 / 4. Saddle at (0, 0); minima -1/4 at (0, 1) and (0, -1).
    /// </summary>
    /// <remarks>
    /// Gradient (2 x, y^3 - y). Near the origin it is x^2 - y^2/2, the classic saddle: up along x, down along y.
    /// Started almost on the ridge y = 0, gradient descent slides to the saddle and lingers there (the y
    /// gradient is tiny); noise or momentum push it off, into one of the two minima. Both minima are global.
    /// </remarks>
    public static Surface Saddle { get; } = new(
        "Saddle",
        (x, y) => x.Pow(2) - 0.5 * y.Pow(2) + 0.25 * y.Pow(4),
        (x, y) => x * x - 0.5 * y * y + 0.25 * y * y * y * y,
        [
            new CriticalPoint(0, 0, 0, CriticalPointKind.Saddle),
            new CriticalPoint(0, 1, -0.25, CriticalPointKind.GlobalMinimum),
            new CriticalPoint(0, -1, -0.25, CriticalPointKind.GlobalMinimum),
        ],
        (-2, 2), (-1.8, 1.8), (-1.8, 0.001));

    /// <summary>
    /// Two minima: f(x, y) = x^4/4 - x^3/3 - 5 x^2/8 + 3 x/4 + y^2. Global minimum -19/24 at (-1, 0), local
    /// minimum -9/64 at (1.5, 0), and the saddle 37/192 between them at (0.5, 0).
    /// </summary>
    /// <remarks>
    /// df/dx = x^3 - x^2 - 5x/4 + 3/4 = (x + 1)(x - 1/2)(x - 3/2), df/dy = 2 y. Started on the right, plain
    /// gradient descent settles in the shallow local minimum; enough momentum (or minibatch noise) carries
    /// a path over the ridge into the deeper global one.
    /// </remarks>
    public static Surface TwoMinima { get; } = new(
        "Two minima",
        (x, y) => 0.25 * x.Pow(4) - x.Pow(3) / 3 - 0.625 * x.Pow(2) + 0.75 * x + y.Pow(2),
        (x, y) => 0.25 * x * x * x * x - x * x * x / 3 - 0.625 * x * x + 0.75 * x + y * y,
        [
            new CriticalPoint(-1, 0, -19.0 / 24, CriticalPointKind.GlobalMinimum),
            new CriticalPoint(1.5, 0, -9.0 / 64, CriticalPointKind.LocalMinimum),
            new CriticalPoint(0.5, 0, 37.0 / 192, CriticalPointKind.Saddle),
        ],
        (-2, 2.5), (-1.5, 1.5), (2.3, 1));

    /// <summary>All four surfaces, in the order notebook 06 shows them.</summary>
    public static IReadOnlyList<Surface> All { get; } = [ElongatedValley, Rosenbrock, Saddle, TwoMinima];
}
