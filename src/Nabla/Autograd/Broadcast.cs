using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Row and column broadcasting for elementwise operations, and its reverse ("un-broadcast").
/// </summary>
/// <remarks>
/// A (1 x D) row is repeated down N rows (a bias added to every example); an (N x 1) column is
/// repeated across D columns (a per-example number, e.g. a row maximum); a 1x1 tensor is repeated
/// everywhere. In the backward pass each repeated copy received its own gradient, so the gradient of
/// the original is the SUM over the copies: un-broadcast sums over the repeated rows and/or columns.
/// </remarks>
internal static class Broadcast
{
    /// <summary>The common shape of two operands, or an error naming both shapes.</summary>
    public static (int Rows, int Columns) Shape(Tensor a, Tensor b, string op)
    {
        var rows = Combine(a.Rows, b.Rows);
        var columns = Combine(a.Columns, b.Columns);
        if (rows < 0 || columns < 0)
        {
            throw new ArgumentException(
                $"{op}: shapes {a.Shape} and {b.Shape} do not broadcast; expected equal sizes or size 1 in each dimension.");
        }

        return (rows, columns);
    }

    /// <summary>Repeats <paramref name="m"/> to (rows x columns); returns it unchanged when it already has that shape.</summary>
    /// <remarks>
    /// Repeating a row N times is the matrix product 1_N m with a column of N ones, and repeating a column
    /// D times is m 1_D^T: each entry of the product is one entry of m times 1. The copies are made directly.
    /// </remarks>
    public static Matrix<double> To(Matrix<double> m, int rows, int columns)
    {
        if (m.RowCount != rows)
        {
            m = Entrywise.RepeatRow(m, rows);          // (1, D) -> (N, D)
        }

        if (m.ColumnCount != columns)
        {
            m = Entrywise.RepeatColumn(m, columns);    // (N, 1) -> (N, D)
        }

        return m;
    }

    /// <summary>
    /// a + b, each repeated to (rows x columns) first: the same numbers as <c>To(a, rows, columns) + To(b, rows, columns)</c>,
    /// but each entry is read where it is instead of from a repeated copy (a bias added to a batch makes no (N, D) copy of the bias).
    /// </summary>
    public static Matrix<double> Add(Matrix<double> a, Matrix<double> b, int rows, int columns)
    {
        var result = Tensor.NewMatrix(rows, columns);
        if (a.AsColumnMajorArray() is not { } x || b.AsColumnMajorArray() is not { } y || result.AsColumnMajorArray() is not { } sum
            || (a.RowCount == rows && a.ColumnCount == columns && b.RowCount == rows && b.ColumnCount == columns))
        {
            To(a, rows, columns).Add(To(b, rows, columns), result);
            return result;
        }

        int aRow = a.RowCount == 1 ? 0 : 1, bRow = b.RowCount == 1 ? 0 : 1;           // step down a column (0: repeated row)
        int aColumn = a.ColumnCount == 1 ? 0 : a.RowCount, bColumn = b.ColumnCount == 1 ? 0 : b.RowCount;
        for (var j = 0; j < columns; j++)
        {
            int ia = j * aColumn, ib = j * bColumn, k = j * rows;
            for (var i = 0; i < rows; i++, ia += aRow, ib += bRow)
            {
                sum[k + i] = x[ia] + y[ib];
            }
        }

        return result;
    }

    /// <summary>Sums a gradient of shape (rows x columns) back to the shape of an operand that was broadcast.</summary>
    public static Matrix<double> Reduce(Matrix<double> grad, int rows, int columns)
    {
        if (grad.RowCount != rows)
        {
            grad = Entrywise.ColumnSums(grad);          // (N, D) -> (1, D)
        }

        if (grad.ColumnCount != columns)
        {
            grad = Entrywise.RowSums(grad);             // (N, D) -> (N, 1)
        }

        return grad;
    }

    private static int Combine(int a, int b) => a == b ? a : a == 1 ? b : b == 1 ? a : -1;
}
