using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>Applies f to every entry and registers the backward rule dL/da = dL/dr * f'(a).</summary>
    /// <param name="op">Name of the operation.</param>
    /// <param name="f">The function.</param>
    /// <param name="df">Its derivative, given the input x and the output y = f(x).</param>
    internal Tensor Map(string op, Func<double, double> f, Func<double, double, double> df)
    {
        var a = this;
        var y = Entrywise.Apply(Data, f);
        return FromOp(y, op, [a], r => a.AccumulateEach(r.Grad, y, df));   // dL/da += dL/dr * f'(a), entry by entry
    }

    /// <summary>
    /// <see cref="Map(string, Func{double, double}, Func{double, double, double})"/> with the function and its
    /// derivative given as a rule type: the same operation, but the JIT can inline them into the loop instead
    /// of calling a delegate for every entry. Used for ReLU, which runs in every hidden layer.
    /// </summary>
    internal Tensor Map<TRule>(string op)
        where TRule : IPointwiseRule
    {
        var a = this;
        var y = Entrywise.Apply<TRule>(Data);
        return FromOp(y, op, [a], r =>
        {
            if (a.RequiresGrad)
            {
                Entrywise.AddProductWithDerivative<TRule>(a.Grad, r.Grad, a.Data, y);   // dL/da += dL/dr * f'(a)
            }
        });
    }

    /// <summary>
    /// Adds upstream * f'(x) into <see cref="Grad"/>, entry by entry, where f'(x) = df(x, y) with x = <see cref="Data"/>
    /// and y = f(x): the same as <c>Accumulate(upstream.PointwiseMultiply(Data.Map2(df, y)))</c>, in one pass
    /// without the two temporary matrices.
    /// </summary>
    internal void AccumulateEach(Matrix<double> upstream, Matrix<double> y, Func<double, double, double> df)
    {
        if (RequiresGrad)
        {
            Entrywise.AddProductWithDerivative(Grad, upstream, Data, y, df);
        }
    }

    /// <summary>Raises every entry to the power p.</summary>
    /// <remarks>d(x^p)/dx = p x^(p-1).</remarks>
    public Tensor Pow(double p) => Map($"^{p}", x => Math.Pow(x, p), (x, _) => p * Math.Pow(x, p - 1));

    /// <summary>Square root of every entry, composed as x^0.5.</summary>
    public Tensor Sqrt() => Pow(0.5);

    /// <summary>e^x for every entry.</summary>
    /// <remarks>d(e^x)/dx = e^x: the output is its own derivative.</remarks>
    public Tensor Exp() => Map("exp", Math.Exp, (_, y) => y);

    /// <summary>Natural logarithm of every entry.</summary>
    /// <remarks>d(ln x)/dx = 1/x.</remarks>
    public Tensor Log() => Map("log", Math.Log, (x, _) => 1.0 / x);

    /// <summary>|x| for every entry.</summary>
    /// <remarks>d|x|/dx = sign(x), taken as 0 at x = 0 and at NaN (as PyTorch's sign does).</remarks>
    public Tensor Abs() => Map("abs", Math.Abs, (x, _) => x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0);

    /// <summary>max(x, min) for every entry: values below <paramref name="min"/> are raised to it (PyTorch's torch.clamp(x, min=min)).</summary>
    /// <remarks>
    /// The derivative is 1 where x &gt;= min and 0 elsewhere, 1 at the tie x = min, as PyTorch's clamp. NaN stays
    /// NaN (Math.Max returns NaN when either argument is NaN) and gets gradient 0, as with PyTorch's clamp.
    /// </remarks>
    public Tensor ClampMin(double min) => Map($"clamp_min{min}", x => Math.Max(x, min), (x, _) => x >= min ? 1.0 : 0.0);

    /// <summary>min(x, max) for every entry: values above <paramref name="max"/> are lowered to it (PyTorch's torch.clamp(x, max=max)).</summary>
    /// <remarks>The derivative is 1 where x &lt;= max and 0 elsewhere, 1 at the tie x = max, as PyTorch's clamp; NaN stays NaN, with gradient 0.</remarks>
    public Tensor ClampMax(double max) => Map($"clamp_max{max}", x => Math.Min(x, max), (x, _) => x <= max ? 1.0 : 0.0);

    /// <summary>
    /// Every entry limited to [<paramref name="min"/>, <paramref name="max"/>]: min(max(x, min), max) (PyTorch's torch.clamp).
    /// </summary>
    /// <remarks>
    /// The derivative is 1 where min &lt;= x &lt;= max (ties included, as PyTorch's clamp) and 0 where the entry was
    /// clamped; NaN stays NaN, with gradient 0.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">min is greater than max, or either is NaN.</exception>
    public Tensor Clamp(double min, double max)
    {
        if (!(min <= max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"Clamp expects min <= max, got min {min} and max {max}.");
        }

        return Map($"clamp[{min}, {max}]", x => Math.Min(Math.Max(x, min), max), (x, _) => x >= min && x <= max ? 1.0 : 0.0);
    }

    /// <summary>
    /// Picks entries: where <paramref name="condition"/> is non-zero the result is taken from
    /// <paramref name="a"/>, elsewhere from <paramref name="b"/> (PyTorch's torch.where). Used by the Huber loss.
    /// </summary>
    /// <remarks>The gradient flows to whichever operand was picked, entry by entry; the condition is a constant.</remarks>
    public static Tensor Where(Matrix<double> condition, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (condition.RowCount != a.Rows || condition.ColumnCount != a.Columns || a.Rows != b.Rows || a.Columns != b.Columns)
        {
            throw new ArgumentException(
                $"Where: condition {condition.RowCount}x{condition.ColumnCount}, a {a.Shape} and b {b.Shape} must all have the same shape.");
        }

        var pick = condition.Map(c => c != 0 ? 1.0 : 0.0);
        var data = Entrywise.Select(pick, a.Data, b.Data);
        return FromOp(data, "where", [a, b], r =>
        {
            var zeros = M.Dense(r.Rows, r.Columns);
            a.Accumulate(Entrywise.Select(pick, r.Grad, zeros));    // the gradient goes where a was picked
            b.Accumulate(Entrywise.Select(pick, zeros, r.Grad));    // and the rest to b
        });
    }
}
