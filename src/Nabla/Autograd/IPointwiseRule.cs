namespace Nabla;

/// <summary>
/// A function applied entry by entry together with its derivative, as static methods: what
/// <c>Map(op, f, df)</c> takes as two delegates, in a form the JIT can inline into the loop.
/// </summary>
internal interface IPointwiseRule
{
    /// <summary>f(x).</summary>
    static abstract double Value(double x);

    /// <summary>f'(x), given the input x and the output y = f(x) (some derivatives are cheaper from y).</summary>
    static abstract double Derivative(double x, double y);
}
