using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>Parses scikit-learn's bundled CSV layouts into classification datasets.</summary>
internal static class SklearnCsv
{
    /// <summary>Header "N,D,class names..." then N rows of D features and a class index 0..K-1.</summary>
    public static Dataset Load(string path)
    {
        var table = Csv.Read(path, hasHeader: true);
        var name = table.Source;
        var header = table.Header ?? throw new InvalidDataException($"{name}: expected a header line 'rows,features,class names...', found an empty file.");
        if (header.Length < 3 || !int.TryParse(header[0], out var n) || !int.TryParse(header[1], out var d) || n < 0 || d < 1)
        {
            throw new InvalidDataException(
                $"{name} line 1: expected a header 'rows,features,class names...', found '{string.Join(",", header)}'.");
        }

        var classes = header.Length - 2;
        table.EnsureColumns(d + 1);
        if (table.Rows.Count != n)
        {
            throw new InvalidDataException($"{name}: the header promises {n} rows, found {table.Rows.Count}.");
        }

        return Dataset.Classification(table.Numbers(0, d), Labels(table, d, classes), classes);
    }

    /// <summary>No header; rows of 64 pixel counts (0..16) then the digit; pixels scaled to [0, 1].</summary>
    public static Dataset LoadDigits(string path)
    {
        const int pixels = Datasets.DigitsSize * Datasets.DigitsSize;
        var table = Csv.Read(path, hasHeader: false).EnsureColumns(pixels + 1);
        Matrix<double> X = table.Numbers(0, pixels) / 16.0;                    // (N, 64) in [0, 1]
        return Dataset.Classification(X, Labels(table, pixels, 10), 10);
    }

    private static int[] Labels(CsvTable table, int column, int classes)
    {
        var labels = new int[table.Rows.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = table.Integer(i, column);
            if (labels[i] < 0 || labels[i] >= classes)
            {
                throw new InvalidDataException(
                    $"{table.Source} line {table.Rows[i].Line}, column {column + 1}: expected a class index in 0..{classes - 1}, found {labels[i]}.");
            }
        }

        return labels;
    }
}
