namespace Nabla;

/// <summary>What kind of flat spot (zero gradient) a point of a surface is.</summary>
public enum CriticalPointKind
{
    /// <summary>The lowest point of the whole surface.</summary>
    GlobalMinimum,

    /// <summary>Lower than everything nearby, but not the lowest overall: gradient descent can get stuck here.</summary>
    LocalMinimum,

    /// <summary>Down in one direction, up in another: the gradient is zero but it is no minimum.</summary>
    Saddle,
}

/// <summary>A point where the gradient of a <see cref="Surface"/> is zero, with its value and kind.</summary>
/// <param name="X">The x coordinate.</param>
/// <param name="Y">The y coordinate.</param>
/// <param name="Value">f(X, Y).</param>
/// <param name="Kind">Global minimum, local minimum or saddle.</param>
public sealed record CriticalPoint(double X, double Y, double Value, CriticalPointKind Kind);

/// <summary>
/// A 2-D test function f(x, y) for watching optimizers move (notebook 06): as a tensor function of a (1, 2)
/// point, so an optimizer can minimise it through autograd, and as a plain double function for contour plots.
/// Its critical points (minima and saddles) are known exactly.
/// </summary>
/// <remarks>
/// Use: <c>var p = surface.StartPoint(); var opt = new Adam([p], lr); loss = surface.Forward(p); loss.Backward(); opt.Step();</c>
/// The point is a row (1, 2) = [x, y]; <see cref="Forward"/> picks x and y out by multiplying with the
/// constant columns [1, 0]^T and [0, 1]^T, so gradients flow back to both coordinates.
/// </remarks>
public sealed class Surface
{
    private readonly Func<Tensor, Tensor, Tensor> tensorFunction;
    private readonly Func<double, double, double> function;

    internal Surface(string name, Func<Tensor, Tensor, Tensor> tensorFunction, Func<double, double, double> function,
        CriticalPoint[] criticalPoints, (double Min, double Max) xRange, (double Min, double Max) yRange, (double X, double Y) start)
    {
        Name = name;
        this.tensorFunction = tensorFunction;
        this.function = function;
        CriticalPoints = criticalPoints;
        XRange = xRange;
        YRange = yRange;
        Start = start;
    }

    /// <summary>The surface's name, e.g. "Rosenbrock".</summary>
    public string Name { get; }

    /// <summary>Every point where the gradient is zero, with its kind.</summary>
    public IReadOnlyList<CriticalPoint> CriticalPoints { get; }

    /// <summary>The minima (global first), a subset of <see cref="CriticalPoints"/>.</summary>
    public IReadOnlyList<CriticalPoint> Minima =>
        CriticalPoints.Where(p => p.Kind != CriticalPointKind.Saddle).OrderBy(p => p.Kind).ToArray();

    /// <summary>The global minimum.</summary>
    public CriticalPoint GlobalMinimum => CriticalPoints.First(p => p.Kind == CriticalPointKind.GlobalMinimum);

    /// <summary>A good x range for a contour plot.</summary>
    public (double Min, double Max) XRange { get; }

    /// <summary>A good y range for a contour plot.</summary>
    public (double Min, double Max) YRange { get; }

    /// <summary>A starting point that shows this surface's difficulty.</summary>
    public (double X, double Y) Start { get; }

    /// <summary>A fresh (1, 2) leaf tensor at <see cref="Start"/> that requires a gradient, ready to be an optimizer's parameter.</summary>
    public Tensor StartPoint() => Tensor.Row([Start.X, Start.Y], requiresGrad: true);

    /// <summary>f at a point: (1, 2) -> (1, 1), differentiable.</summary>
    /// <exception cref="ArgumentException">The point is not (1, 2).</exception>
    public Tensor Forward(Tensor point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Rows != 1 || point.Columns != 2)
        {
            throw new ArgumentException($"Surface {Name} expects a (1, 2) point [x, y], got {point.Shape}.", nameof(point));
        }

        var x = point.MatMul(Tensor.Column(1, 0));                            // (1, 1)
        var y = point.MatMul(Tensor.Column(0, 1));                            // (1, 1)
        return tensorFunction(x, y);
    }

    /// <summary>f(x, y) as a plain number, for contour plots.</summary>
    public double Evaluate(double x, double y) => function(x, y);

    /// <summary>The surface's name.</summary>
    public override string ToString() => Name;
}
