using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Lanes = System.Numerics.Vector<double>;

namespace Nabla;

/// <summary>One entry of a matrix: where it is (0-based row and column) and its value, for error messages.</summary>
/// <param name="Row">The row (0-based: the example's index).</param>
/// <param name="Column">The column (0-based: the feature's index).</param>
/// <param name="Value">The value found there.</param>
internal readonly record struct Entry(int Row, int Column, double Value)
{
    /// <summary>The value as a reader sees it: "NaN", "Infinity", "-Infinity", "1.5".</summary>
    public string ValueText => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"at row 7, column 1".</summary>
    public string Where => string.Create(CultureInfo.InvariantCulture, $"at row {Row}, column {Column}");
}

/// <summary>
/// Scans that find the first entry of a matrix with a given defect (row by row, as a reader counts), for
/// checks that must say where the problem is: a NaN among the inputs, a probability above 1, an infinite weight.
/// </summary>
internal static class Entries
{
    /// <summary>The first NaN or infinite entry (lowest row, then lowest column), or null when all are finite.</summary>
    /// <remarks>
    /// The common answer, "all finite", comes from one vector pass: x - x is 0 for every finite x and NaN for
    /// NaN and the infinities, and a NaN stays in a running sum. Only when it fails is the entry looked for.
    /// </remarks>
    public static Entry? FirstNonFinite(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.AsColumnMajorArray() is { } values && AllFinite(values) ? null : First(m, v => !double.IsFinite(v));
    }

    /// <summary>The first entry below <paramref name="low"/> or above <paramref name="high"/>, or null. NaN is not outside (it fails both comparisons).</summary>
    public static Entry? FirstOutside(Matrix<double> m, double low, double high) => First(m, v => v < low || v > high);

    /// <summary>The first entry (lowest row, then lowest column) for which <paramref name="defective"/> holds, or null.</summary>
    public static Entry? First(Matrix<double> m, Func<double, bool> defective)
    {
        ArgumentNullException.ThrowIfNull(m);
        int rows = m.RowCount, columns = m.ColumnCount;
        var values = m.AsColumnMajorArray();              // column by column; null for sparse storage
        Entry? first = null;
        for (var j = 0; j < columns; j++)
        {
            var below = first?.Row ?? rows;             // only an earlier row can come first
            for (var i = 0; i < below; i++)
            {
                var v = values is null ? m[i, j] : values[j * rows + i];
                if (defective(v))
                {
                    first = new Entry(i, j, v);
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>max |m_ij| (0 for an empty matrix; NaN if an entry is NaN).</summary>
    public static double MaxAbs(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var max = 0.0;
        foreach (var v in m.AsColumnMajorArray() ?? m.ToColumnMajorArray())
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    private static bool AllFinite(double[] values)
    {
        var sum = Lanes.Zero;
        var k = 0;
        for (; k <= values.Length - Lanes.Count; k += Lanes.Count)
        {
            var x = new Lanes(values, k);
            sum += x - x;
        }

        var tail = 0.0;
        for (; k < values.Length; k++)
        {
            tail += values[k] - values[k];
        }

        return System.Numerics.Vector.EqualsAll(sum, sum) && tail == 0;
    }
}
