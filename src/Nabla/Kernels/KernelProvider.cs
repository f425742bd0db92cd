using System.Numerics;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla;

/// <summary>
/// A MathNet linear-algebra provider that computes double and float matrix products with <see cref="Gemm"/>
/// and passes every other operation to MathNet's own managed provider, unchanged.
/// </summary>
/// <remarks>
/// MathNet sends <c>a * b</c> here as MatrixMultiply, and <c>a.TransposeAndMultiply(b)</c> (a b^T) and
/// <c>a.TransposeThisAndMultiply(b)</c> (a^T b) as MatrixMultiplyWithUpdate with transpose flags, so the
/// backward pass of <see cref="Tensor.MatMul"/> reads the transposes in place instead of building them.
/// Installed by <see cref="Kernels.Install"/>. The pass-through members are in KernelProvider.{Double,Single,Complex,Complex32}.cs.
/// </remarks>
internal sealed partial class KernelProvider : ILinearAlgebraProvider
{
    private static readonly ManagedLinearAlgebraProvider Managed = ManagedLinearAlgebraProvider.Instance;

    public bool IsAvailable() => true;

    public void InitializeVerify()
    {
    }

    public void FreeResources()
    {
    }

    /// <summary>Names the kernel in use, as MathNet's Control.Describe() prints it.</summary>
    public override string ToString() => $"Nabla kernels ({Kernels.InstructionSet}), otherwise {Managed}";

    public void MatrixMultiply(double[] x, int rowsX, int columnsX, double[] y, int rowsY, int columnsY, double[] result)
        => Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, x, rowsX, columnsX, y, rowsY, columnsY, 0.0, result);

    public void MatrixMultiply(float[] x, int rowsX, int columnsX, float[] y, int rowsY, int columnsY, float[] result)
        => Product(Transpose.DontTranspose, Transpose.DontTranspose, 1f, x, rowsX, columnsX, y, rowsY, columnsY, 0f, result);

    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, double alpha, double[] a, int rowsA, int columnsA,
        double[] b, int rowsB, int columnsB, double beta, double[] c)
        => Product(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);

    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, float alpha, float[] a, int rowsA, int columnsA,
        float[] b, int rowsB, int columnsB, float beta, float[] c)
        => Product(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);

    /// <summary>c = alpha op(a) op(b) + beta c on column-major arrays (a is rowsA x columnsA as stored, before op).</summary>
    internal static void Product<T>(Transpose transposeA, Transpose transposeB, T alpha, T[] a, int rowsA, int columnsA,
        T[] b, int rowsB, int columnsB, T beta, T[] c, MicroKernel kernel = MicroKernel.Auto)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        bool ta = transposeA != Transpose.DontTranspose, tb = transposeB != Transpose.DontTranspose;  // conjugation is a no-op on reals
        var (m, k) = ta ? (columnsA, rowsA) : (rowsA, columnsA);
        var (kb, n) = tb ? (columnsB, rowsB) : (rowsB, columnsB);
        if (k != kb)
        {
            throw new ArgumentException($"Matrix product: op(A) is {m}x{k} and op(B) is {kb}x{n}; expected op(A)'s columns to equal op(B)'s rows.");
        }

        if (a.Length < rowsA * columnsA || b.Length < rowsB * columnsB || c.Length < m * n)
        {
            throw new ArgumentException(
                $"Matrix product: expected arrays of at least {rowsA * columnsA}, {rowsB * columnsB} and {m * n} entries, got {a.Length}, {b.Length} and {c.Length}.");
        }

        Gemm.Multiply(alpha, new Operand<T>(a, 0, rowsA, ta), new Operand<T>(b, 0, rowsB, tb), beta, new Operand<T>(c, 0, m, false), m, n, k, kernel);
    }
}
