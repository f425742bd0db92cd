using System.Numerics;

namespace Nabla;

/// <summary>
/// Entry-by-entry array operations (x + y, x - y, x * y, x / y, alpha x, y + alpha x) for MathNet's dense
/// matrices and vectors: one SIMD loop on the calling thread. Part of the optional fast kernels.
/// </summary>
/// <remarks>
/// MathNet's managed versions hand every array of more than 4096 entries to the thread pool; for the
/// matrices of a training step (a few thousand to a hundred thousand entries) waking a second thread costs
/// more than the arithmetic, so Nabla does them with one vector loop instead. The result may be x or y itself.
/// </remarks>
internal static class Elementwise
{
    /// <summary>result[i] = op(x[i], y[i]) for every i.</summary>
    public static void Zip<T, TOp>(T[] x, T[] y, T[] result)
        where T : unmanaged, INumber<T>
        where TOp : IBinary<T>
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(result);
        if (y.Length != x.Length || result.Length != x.Length)
        {
            throw new ArgumentException($"Entry-by-entry operation: expected arrays of equal length, got {x.Length}, {y.Length} and {result.Length}.");
        }

        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                TOp.Apply(new Vector<T>(x, i), new Vector<T>(y, i)).CopyTo(result, i);
            }
        }

        for (; i < x.Length; i++)
        {
            result[i] = TOp.Apply(x[i], y[i]);
        }
    }

    /// <summary>
    /// result = y + alpha x (BLAS's axpy; alpha x alone when y is null). As in MathNet, alpha = 0 gives y
    /// (or zeros) exactly, even where x holds NaN or infinity.
    /// </summary>
    public static void AddScaled<T>(T[]? y, T alpha, T[] x, T[] result)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(result);
        if ((y is not null && y.Length != x.Length) || result.Length != x.Length)
        {
            throw new ArgumentException($"Scaled sum: expected arrays of equal length, got {x.Length}, {y?.Length ?? x.Length} and {result.Length}.");
        }

        if (alpha == T.Zero)
        {
            if (y is null)
            {
                Array.Clear(result);
            }
            else
            {
                y.CopyTo(result, 0);
            }

            return;
        }

        var i = 0;
        var a = new Vector<T>(alpha);
        var vectors = Vector.IsHardwareAccelerated ? x.Length - Vector<T>.Count : -1;
        if (y is null)            // alpha x (MathNet's ScaleArray): decided once, not per entry
        {
            for (; i <= vectors; i += Vector<T>.Count)
            {
                (a * new Vector<T>(x, i)).CopyTo(result, i);
            }

            for (; i < x.Length; i++)
            {
                result[i] = alpha * x[i];
            }

            return;
        }

        for (; i <= vectors; i += Vector<T>.Count)
        {
            (new Vector<T>(y, i) + (a * new Vector<T>(x, i))).CopyTo(result, i);
        }

        for (; i < x.Length; i++)
        {
            result[i] = y[i] + alpha * x[i];
        }
    }

    /// <summary>An operation on two numbers, and the same on two vectors of numbers.</summary>
    internal interface IBinary<T>
        where T : unmanaged, INumber<T>
    {
        static abstract T Apply(T x, T y);

        static abstract Vector<T> Apply(Vector<T> x, Vector<T> y);
    }

    internal readonly struct Add<T> : IBinary<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T x, T y) => x + y;

        public static Vector<T> Apply(Vector<T> x, Vector<T> y) => x + y;
    }

    internal readonly struct Subtract<T> : IBinary<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T x, T y) => x - y;

        public static Vector<T> Apply(Vector<T> x, Vector<T> y) => x - y;
    }

    internal readonly struct Multiply<T> : IBinary<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T x, T y) => x * y;

        public static Vector<T> Apply(Vector<T> x, Vector<T> y) => x * y;
    }

    internal readonly struct Divide<T> : IBinary<T>
        where T : unmanaged, INumber<T>
    {
        public static T Apply(T x, T y) => x / y;

        public static Vector<T> Apply(Vector<T> x, Vector<T> y) => x / y;
    }
}
