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

        var y = new double[values.Length];
        for (var k = 0; k < y.Length; k++)
        {
            y[k] = f(values[k]);
        }

        return M.Dense(x.RowCount, x.ColumnCount, y);
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

        var y = GC.AllocateUninitializedArray<double>(values.Length);   // every entry is written below
        for (var k = 0; k < y.Length; k++)
        {
            y[k] = TRule.Value(values[k]);
        }

        return M.Dense(x.RowCount, x.ColumnCount, y);
    }

    /// <summary>grad += upstream * TRule.Derivative(x, y), entry by entry: <see cref="AddProductWithDerivative"/> with an inlined rule.</summary>
    public static void AddProductWithDerivative<TRule>(Matrix<double> grad, Matrix<double> upstream, Matrix<double> x, Matrix<double> y)
        where TRule : IPointwiseRule
    {
        if (grad.AsColumnMajorArray() is { } g && upstream.AsColumnMajorArray() is { } u
            && x.AsColumnMajorArray() is { } xs && y.AsColumnMajorArray() is { } ys)
        {
            for (var k = 0; k < g.Length; k++)
            {
                g[k] += u[k] * TRule.Derivative(xs[k], ys[k]);
            }

            return;
        }

        AddProductWithDerivative(grad, upstream, x, y, TRule.Derivative);
    }

    /// <summary>A (1, D) row repeated down <paramref name="rows"/> rows: every column j is filled with row[0, j].</summary>
    public static Matrix<double> RepeatRow(Matrix<double> row, int rows)
    {
        var result = new double[rows * row.ColumnCount];
        for (var j = 0; j < row.ColumnCount; j++)
        {
            Array.Fill(result, row[0, j], j * rows, rows);     // column j occupies rows consecutive entries
        }

        return M.Dense(rows, row.ColumnCount, result);
    }

    /// <summary>An (N, 1) column repeated across <paramref name="columns"/> columns.</summary>
    public static Matrix<double> RepeatColumn(Matrix<double> column, int columns)
    {
        var values = column.Column(0).ToArray();
        var result = new double[values.Length * columns];
        for (var j = 0; j < columns; j++)
        {
            values.CopyTo(result, j * values.Length);
        }

        return M.Dense(values.Length, columns, result);
    }
}
