using Lanes = System.Numerics.Vector<double>;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Entry-by-entry loops for the pointwise operations of <see cref="Tensor"/>: a function applied to every
/// entry, its derivative times the upstream gradient added into a gradient, a row or column repeated.
/// </summary>
/// <remarks>
/// MathNet's dense matrices keep their entries in one column-major array, so "every entry" is one plain loop
/// over that array. Matrices with another storage (sparse, diagonal) take MathNet's own, slower route.
/// </remarks>
internal static class Entrywise
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    /// <summary>y = f(x), entry by entry, as a new matrix.</summary>
    public static Matrix<double> Apply(Matrix<double> x, Func<double, double> f)
    {
        if (x.AsColumnMajorArray() is not { } values)
        {
            return x.Map(f, Zeros.Include);
        }

        var result = Tensor.NewMatrix(x.RowCount, x.ColumnCount);
        var y = result.AsColumnMajorArray();
        for (var k = 0; k < y.Length; k++)
        {
            y[k] = f(values[k]);
        }

        return result;
    }

    /// <summary>grad += upstream * df(x, y), entry by entry (all four the same shape).</summary>
    public static void AddProductWithDerivative(Matrix<double> grad, Matrix<double> upstream, Matrix<double> x, Matrix<double> y,
        Func<double, double, double> df)
    {
        if (grad.AsColumnMajorArray() is { } g && upstream.AsColumnMajorArray() is { } u
            && x.AsColumnMajorArray() is { } xs && y.AsColumnMajorArray() is { } ys)
        {
            for (var k = 0; k < g.Length; k++)
            {
                g[k] += u[k] * df(xs[k], ys[k]);
            }

            return;
        }

        grad.Add(upstream.PointwiseMultiply(x.Map2(df, y, Zeros.Include)), grad);
    }

    /// <summary>y = TRule.Value(x), entry by entry, as a new matrix: <see cref="Apply"/> with a rule the JIT inlines.</summary>
    public static Matrix<double> Apply<TRule>(Matrix<double> x)
        where TRule : IPointwiseRule
    {
        if (x.AsColumnMajorArray() is not { } values)
        {
            return x.Map(TRule.Value, Zeros.Include);
        }

        var result = Tensor.NewMatrix(x.RowCount, x.ColumnCount);    // every entry is written below
        var y = result.AsColumnMajorArray();
        var k = 0;
        for (; k <= y.Length - Lanes.Count; k += Lanes.Count)
        {
            TRule.Value(new Lanes(values, k)).CopyTo(y, k);
        }

        for (; k < y.Length; k++)
        {
            y[k] = TRule.Value(values[k]);
        }

        return result;
    }

    /// <summary>grad += upstream * TRule.Derivative(x, y), entry by entry: <see cref="AddProductWithDerivative"/> with an inlined rule.</summary>
    public static void AddProductWithDerivative<TRule>(Matrix<double> grad, Matrix<double> upstream, Matrix<double> x, Matrix<double> y)
        where TRule : IPointwiseRule
    {
        if (grad.AsColumnMajorArray() is { } g && upstream.AsColumnMajorArray() is { } u
            && x.AsColumnMajorArray() is { } xs && y.AsColumnMajorArray() is { } ys)
        {
            var k = 0;
            for (; k <= g.Length - Lanes.Count; k += Lanes.Count)
            {
                var dy = TRule.Derivative(new Lanes(xs, k), new Lanes(ys, k));
                (new Lanes(g, k) + new Lanes(u, k) * dy).CopyTo(g, k);
            }

            for (; k < g.Length; k++)
            {
                g[k] += u[k] * TRule.Derivative(xs[k], ys[k]);
            }

            return;
        }

        AddProductWithDerivative(grad, upstream, x, y, TRule.Derivative);
    }

    /// <summary>(N, D) -> (1, D): the sum of each column, added top to bottom (as MathNet's ColumnSums, without a delegate per entry).</summary>
    /// <remarks>
    /// Four columns are summed side by side: four independent chains of additions keep the CPU's adders busy,
    /// while each column's own sum is still added in row order, so the result is the same to the last bit.
    /// </remarks>
    public static Matrix<double> ColumnSums(Matrix<double> m)
    {
        if (m.AsColumnMajorArray() is not { } values)
        {
            return m.ColumnSums().ToRowMatrix();
        }

        int rows = m.RowCount, columns = m.ColumnCount;
        var result = Tensor.NewMatrix(1, columns);     // every entry is written below
        var sums = result.AsColumnMajorArray();
        var j = 0;
        for (; j + 4 <= columns; j += 4)
        {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            var c0 = values.AsSpan(j * rows, rows);
            var c1 = values.AsSpan((j + 1) * rows, rows);
            var c2 = values.AsSpan((j + 2) * rows, rows);
            var c3 = values.AsSpan((j + 3) * rows, rows);
            for (var i = 0; i < rows; i++)
            {
                s0 += c0[i];
                s1 += c1[i];
                s2 += c2[i];
                s3 += c3[i];
            }

            (sums[j], sums[j + 1], sums[j + 2], sums[j + 3]) = (s0, s1, s2, s3);
        }

        for (; j < columns; j++)
        {
            double s = 0;
            foreach (var v in values.AsSpan(j * rows, rows))
            {
                s += v;
            }

            sums[j] = s;
        }

        return result;
    }

    /// <summary>(N, D) -> (N, 1): the sum of each row, added left to right (as MathNet's RowSums, a few rows per instruction).</summary>
    public static Matrix<double> RowSums(Matrix<double> m)
    {
        if (m.AsColumnMajorArray() is not { } values)
        {
            return m.RowSums().ToColumnMatrix();
        }

        int rows = m.RowCount, columns = m.ColumnCount;
        var result = Tensor.NewMatrix(rows, 1);
        result.Clear();                                // the running sums start at 0
        var sums = result.AsColumnMajorArray();
        for (var j = 0; j < columns; j++)      // column j is added into every row's running sum
        {
            var column = values.AsSpan(j * rows, rows);
            var i = 0;
            for (; i <= rows - Lanes.Count; i += Lanes.Count)
            {
                (new Lanes(sums, i) + new Lanes(column[i..])).CopyTo(sums, i);
            }

            for (; i < rows; i++)
            {
                sums[i] += column[i];
            }
        }

        return result;
    }

    /// <summary>
    /// (N, D) -> (N, 1): the largest entry of each row; NaN when the row holds a NaN anywhere (as PyTorch's amax,
    /// not MathNet's Maximum, which skips a NaN unless it comes first); -infinity for a row with no entries.
    /// </summary>
    public static Matrix<double> RowMaxima(Matrix<double> m)
    {
        int rows = m.RowCount, columns = m.ColumnCount;
        if (m.AsColumnMajorArray() is not { } values)
        {
            return M.Dense(rows, 1, (i, _) => m.Row(i).Aggregate(double.NegativeInfinity, Math.Max));
        }

        var result = Tensor.NewMatrix(rows, 1);
        var maxima = result.AsColumnMajorArray();
        Array.Fill(maxima, double.NegativeInfinity);
        for (var j = 0; j < columns; j++)
        {
            var column = values.AsSpan(j * rows, rows);
            for (var i = 0; i < rows; i++)
            {
                maxima[i] = Math.Max(maxima[i], column[i]);     // NaN if either is NaN
            }
        }

        return result;
    }

    /// <summary>pick[i, j] != 0 ? a[i, j] : b[i, j], entry by entry, as a new matrix (all three the same shape).</summary>
    public static Matrix<double> Select(Matrix<double> pick, Matrix<double> a, Matrix<double> b)
    {
        if (pick.AsColumnMajorArray() is not { } p || a.AsColumnMajorArray() is not { } x || b.AsColumnMajorArray() is not { } y)
        {
            return M.Dense(a.RowCount, a.ColumnCount, (i, j) => pick[i, j] != 0 ? a[i, j] : b[i, j]);
        }

        var result = Tensor.NewMatrix(a.RowCount, a.ColumnCount);    // every entry is written below
        var values = result.AsColumnMajorArray();
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = p[k] != 0 ? x[k] : y[k];
        }

        return result;
    }

    /// <summary>A (1, D) row repeated down <paramref name="rows"/> rows: every column j is filled with row[0, j].</summary>
    public static Matrix<double> RepeatRow(Matrix<double> row, int rows)
    {
        var result = Tensor.NewMatrix(rows, row.ColumnCount);
        var values = result.AsColumnMajorArray();
        for (var j = 0; j < row.ColumnCount; j++)
        {
            Array.Fill(values, row[0, j], j * rows, rows);     // column j occupies rows consecutive entries
        }

        return result;
    }

    /// <summary>An (N, 1) column repeated across <paramref name="columns"/> columns.</summary>
    public static Matrix<double> RepeatColumn(Matrix<double> column, int columns)
    {
        var rows = column.RowCount;
        var result = Tensor.NewMatrix(rows, columns);
        var values = result.AsColumnMajorArray();
        for (var i = 0; i < rows; i++)
        {
            values[i] = column[i, 0];
        }

        for (var j = 1; j < columns; j++)
        {
            Array.Copy(values, 0, values, j * rows, rows);
        }

        return result;
    }
}
