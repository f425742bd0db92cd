using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public static partial class Expect
{
    /// <summary>Passes when both lists have the same length and every entry passes <see cref="Close(string, double, double, double)"/>.</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">The values your code computed.</param>
    /// <param name="expected">The right values, in the same order.</param>
    /// <param name="tolerance">Allowed difference per entry, relative to max(1, |expected entry|); finite and &gt;= 0.</param>
    /// <exception cref="ExpectationFailedException">The lengths differ (both are named), or an entry fails (the first such index is named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative, NaN or infinite.</exception>
    public static void Close(string name, IReadOnlyList<double> found, IReadOnlyList<double> expected, double tolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(expected);
        RequireTolerance(tolerance);
        Record(name, Value(found), Value(expected), tolerance, null);
        if (found.Count != expected.Count)
        {
            throw Failure(name, $"expected {expected.Count} values, found {found.Count}");
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!Within(found[i], expected[i], tolerance))
            {
                throw Failure(name, $"at index {i}, expected {Text(expected[i])}, found {Text(found[i])} {ToleranceText(tolerance)}");
            }
        }

        Pass(name);
    }

    /// <summary>Passes when both matrices have the same shape and every entry passes <see cref="Close(string, double, double, double)"/>.</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">The matrix your code computed, for example a gradient dL/dW.</param>
    /// <param name="expected">The right matrix.</param>
    /// <param name="tolerance">Allowed difference per entry, relative to max(1, |expected entry|); finite and &gt;= 0.</param>
    /// <exception cref="ExpectationFailedException">The shapes differ (both are named), or an entry fails (the first such row and column are named, row by row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative, NaN or infinite.</exception>
    public static void Close(string name, Matrix<double> found, Matrix<double> expected, double tolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(expected);
        RequireTolerance(tolerance);
        Record(name, Value(found), Value(expected), tolerance, null);
        if (found.RowCount != expected.RowCount || found.ColumnCount != expected.ColumnCount)
        {
            throw Failure(name, $"expected shape ({expected.RowCount}, {expected.ColumnCount}), found ({found.RowCount}, {found.ColumnCount})");
        }

        for (var i = 0; i < found.RowCount; i++)
        {
            for (var j = 0; j < found.ColumnCount; j++)
            {
                if (!Within(found[i, j], expected[i, j], tolerance))
                {
                    throw Failure(name, $"at row {i}, column {j}, expected {Text(expected[i, j])}, found {Text(found[i, j])} {ToleranceText(tolerance)}");
                }
            }
        }

        Pass(name);
    }
}
