using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>One data line of a CSV file: its 1-based line number in the file and its fields.</summary>
/// <param name="Line">The line number (1-based, blank lines counted), for error messages.</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRow(int Line, string[] Fields);

/// <summary>
/// The contents of a CSV file: an optional header and the data rows, each remembering its line number so
/// that every error can say where the problem is.
/// </summary>
/// <param name="Source">The file name used in error messages.</param>
/// <param name="Header">The header fields, or null when the file has none.</param>
/// <param name="Rows">The data rows in file order.</param>
public sealed record CsvTable(string Source, string[]? Header, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>Checks that every data row has <paramref name="columns"/> fields.</summary>
    /// <exception cref="InvalidDataException">A row differs: "iris.csv line 17: expected 5 columns, found 4".</exception>
    public CsvTable EnsureColumns(int columns)
    {
        foreach (var row in Rows)
        {
            if (row.Fields.Length != columns)
            {
                throw new InvalidDataException($"{Source} line {row.Line}: expected {columns} columns, found {row.Fields.Length}.");
            }
        }

        return this;
    }

    /// <summary>The field at (row, column) as a finite number (invariant culture: "3.5", "1e-3").</summary>
    /// <remarks>
    /// "NaN", "Infinity" and numbers too large for a double ("1e999", which .NET would read as infinity) are
    /// refused: one such value among the inputs silently turns a network's weights into NaN during training.
    /// </remarks>
    /// <param name="row">The data row index (0-based; not the line number).</param>
    /// <param name="column">The column index (0-based).</param>
    /// <exception cref="InvalidDataException">
    /// The field is missing, not a number, or not finite; the message names line and column (1-based) and the text found.
    /// </exception>
    public double Number(int row, int column)
    {
        var r = Rows[row];
        if (column >= r.Fields.Length)
        {
            throw new InvalidDataException($"{Source} line {r.Line}: expected at least {column + 1} columns, found {r.Fields.Length}.");
        }

        var field = r.Fields[column];
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InvalidDataException($"{Source} line {r.Line}, column {column + 1}: expected a number, found '{field}'.");
        }

        if (!double.IsFinite(value))
        {
            var overflow = double.IsInfinity(value) && field.Any(char.IsAsciiDigit);   // "1e999", not "Infinity"
            throw new InvalidDataException(
                $"{Source} line {r.Line}, column {column + 1}: expected a finite number, found '{field}'" +
                (overflow ? " (too large for a double: it would become infinity)." : "."));
        }

        return value;
    }

    /// <summary>The field at (row, column) as a whole number (e.g. a class index).</summary>
    /// <exception cref="InvalidDataException">The field is not an integer; the message names line and column (1-based).</exception>
    public int Integer(int row, int column)
    {
        var value = Number(row, column);
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw new InvalidDataException(
                $"{Source} line {Rows[row].Line}, column {column + 1}: expected a whole number, found '{Rows[row].Fields[column]}'.");
        }

        return (int)value;
    }

    /// <summary>Columns [first, first + count) of every row as a matrix (N, count).</summary>
    /// <exception cref="InvalidDataException">A field is not a number (the message names line and column).</exception>
    public Matrix<double> Numbers(int first, int count)
    {
        var X = Matrix<double>.Build.Dense(Rows.Count, count);
        for (var i = 0; i < Rows.Count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                X[i, j] = Number(i, first + j);
            }
        }

        return X;
    }
}
