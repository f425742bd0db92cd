using System.Numerics;

namespace Nabla;

/// <summary>
/// A function applied entry by entry together with its derivative, as static methods: what
/// <c>Map(op, f, df)</c> takes as two delegates, in a form the JIT can inline into the loop.
/// </summary>
/// <remarks>
/// Each rule also states f and f' on a whole SIMD vector of entries (<see cref="Vector{T}"/>, 4 or 8 doubles),
/// so the loop runs a few entries per instruction and without branches. The vector forms must give exactly
/// the scalar forms' values, entry by entry: the scalar forms still compute the last entries that do not fill a vector.
/// </remarks>
internal interface IPointwiseRule
{
    /// <summary>f(x).</summary>
    static abstract double Value(double x);

    /// <summary>f'(x), given the input x and the output y = f(x) (some derivatives are cheaper from y).</summary>
    static abstract double Derivative(double x, double y);

    /// <summary>f of every entry of x.</summary>
    static abstract Vector<double> Value(Vector<double> x);

    /// <summary>f' of every entry, given the inputs x and the outputs y = f(x).</summary>
    static abstract Vector<double> Derivative(Vector<double> x, Vector<double> y);
}
