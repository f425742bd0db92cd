using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla;

public static partial class Kernels
{
    /// <summary>
    /// c = c + op(a) op(b), where op transposes when asked: the backward pass of a matrix product adds
    /// dC B^T and A^T dC into gradients this way, with no temporary matrix and no transposed copy.
    /// </summary>
    /// <remarks>
    /// For dense matrices this is one call of the linear-algebra provider's C = alpha op(A) op(B) + beta C
    /// with alpha = beta = 1 (Nabla's kernels when installed, MathNet's own otherwise); other storage falls
    /// back to building the product and adding it.
    /// </remarks>
    /// <param name="c">C, (m x n): the sum, updated in place.</param>
    /// <param name="a">A, or A^T when <paramref name="transposeA"/>.</param>
    /// <param name="transposeA">Use A^T.</param>
    /// <param name="b">B, or B^T when <paramref name="transposeB"/>.</param>
    /// <param name="transposeB">Use B^T.</param>
    /// <param name="overwrite">c = op(a) op(b) instead: the old entries of c are not read (a gradient that only holds zeros).</param>
    internal static void AddProduct(Matrix<double> c, Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB, bool overwrite = false)
    {
        var (rows, inner) = transposeA ? (a.ColumnCount, a.RowCount) : (a.RowCount, a.ColumnCount);
        var (innerB, columns) = transposeB ? (b.ColumnCount, b.RowCount) : (b.RowCount, b.ColumnCount);
        if (inner != innerB || c.RowCount != rows || c.ColumnCount != columns)
        {
            throw new ArgumentException(
                $"AddProduct: op(A) is {rows}x{inner}, op(B) is {innerB}x{columns} and C is {c.RowCount}x{c.ColumnCount}; expected (m x k) (k x n) into (m x n).");
        }

        if (c.AsColumnMajorArray() is { } cData && a.AsColumnMajorArray() is { } aData && b.AsColumnMajorArray() is { } bData)
        {
            LinearAlgebraControl.Provider.MatrixMultiplyWithUpdate(Flag(transposeA), Flag(transposeB), 1.0,
                aData, a.RowCount, a.ColumnCount, bData, b.RowCount, b.ColumnCount, overwrite ? 0.0 : 1.0, cData);
            return;
        }

        var product = (transposeA, transposeB) switch
        {
            (false, false) => a * b,
            (false, true) => a.TransposeAndMultiply(b),
            (true, false) => a.TransposeThisAndMultiply(b),
            (true, true) => a.Transpose() * b.Transpose(),
        };
        if (overwrite)
        {
            product.CopyTo(c);
        }
        else
        {
            c.Add(product, c);
        }
    }

    /// <summary>y = y + alpha x, in place (BLAS's axpy): an optimizer's step without a temporary matrix.</summary>
    /// <remarks>
    /// For alpha = 0, BLAS and MathNet return y untouched without reading x; here, as in PyTorch's
    /// <c>y.add_(x, alpha=0)</c>, a NaN or infinite x still makes y NaN (0 * NaN = NaN): an SGD step with lr = 0
    /// and a broken gradient does not hide it.
    /// </remarks>
    internal static void AddScaled(Matrix<double> y, double alpha, Matrix<double> x)
    {
        if (y.RowCount != x.RowCount || y.ColumnCount != x.ColumnCount)
        {
            throw new ArgumentException($"AddScaled: y is {y.RowCount}x{y.ColumnCount} and x is {x.RowCount}x{x.ColumnCount}; expected the same shape.");
        }

        if (alpha == 0)
        {
            AddZeroTimes(y, alpha, x);
            return;
        }

        if (y.AsColumnMajorArray() is { } yData && x.AsColumnMajorArray() is { } xData)
        {
            LinearAlgebraControl.Provider.AddVectorToScaledVector(yData, alpha, xData, yData);
            return;
        }

        y.Add(x.Multiply(alpha), y);
    }

    /// <summary>
    /// y = y + alpha x for alpha = +-0, entry by entry, so that NaN and infinity in x still show. A method of its own:
    /// the lambda's captured variables would otherwise be allocated on every call of <see cref="AddScaled"/>.
    /// </summary>
    private static void AddZeroTimes(Matrix<double> y, double alpha, Matrix<double> x) =>
        y.MapIndexedInplace((i, j, v) => v + alpha * x[i, j], Zeros.Include);

    private static Transpose Flag(bool transposed) => transposed ? Transpose.Transpose : Transpose.DontTranspose;
}
