using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Examples and their targets, one example per row: inputs X (N, D) and targets Y (N, K); for
/// classification also the class labels (Y is then their one-hot encoding). Notebooks 02, 06, 07 and 09.
/// </summary>
/// <remarks>
/// Regression: Y holds the numbers to predict (K outputs per example) and <see cref="Labels"/> is null.
/// Classification: build it with <see cref="Classification(Matrix{double}, int[], int?)"/>, which sets
/// Labels (class indices 0..K-1, what the cross-entropy loss and accuracy use) and Y = one-hot(Labels).
/// The data are plain matrices (no autograd); <see cref="Batches"/> wraps each mini-batch as tensors.
/// </remarks>
public sealed partial record Dataset
{
    /// <summary>A dataset from inputs, targets and (for classification) labels.</summary>
    /// <param name="X">Inputs (N, D).</param>
    /// <param name="Y">Targets (N, K).</param>
    /// <param name="Labels">Class indices (N), or null for regression.</param>
    /// <exception cref="ArgumentException">The row counts differ, or a label is negative.</exception>
    public Dataset(Matrix<double> X, Matrix<double> Y, int[]? Labels = null)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(Y);
        if (Y.RowCount != X.RowCount)
        {
            throw new ArgumentException($"Dataset expects one target row per example: X has {X.RowCount} rows, Y has {Y.RowCount}.", nameof(Y));
        }

        if (Labels is not null)
        {
            if (Labels.Length != X.RowCount)
            {
                throw new ArgumentException($"Dataset expects one label per example: X has {X.RowCount} rows, got {Labels.Length} labels.", nameof(Labels));
            }

            var negative = Array.FindIndex(Labels, l => l < 0);
            if (negative >= 0)
            {
                throw new ArgumentException($"Dataset expects class labels >= 0, got {Labels[negative]} at index {negative}.", nameof(Labels));
            }
        }

        this.X = X;
        this.Y = Y;
        this.Labels = Labels;
    }

    /// <summary>Inputs (N, D).</summary>
    public Matrix<double> X { get; }

    /// <summary>Targets (N, K): the numbers to predict, or the one-hot labels.</summary>
    public Matrix<double> Y { get; }

    /// <summary>Class indices (N), or null for a regression dataset.</summary>
    public int[]? Labels { get; }

    /// <summary>The number of examples N.</summary>
    public int Count => X.RowCount;

    /// <summary>Features per example D.</summary>
    public int Features => X.ColumnCount;

    /// <summary>True when the dataset carries class labels.</summary>
    public bool IsClassification => Labels is not null;

    /// <summary>A classification dataset: Labels as given, Y = <see cref="Loss.OneHot(int[], int)"/> of them with <paramref name="classes"/> columns.</summary>
    /// <param name="X">Inputs (N, D).</param>
    /// <param name="labels">Class index of each example, 0..classes-1.</param>
    /// <param name="classes">Number of classes K; null for max(label) + 1.</param>
    public static Dataset Classification(Matrix<double> X, int[] labels, int? classes = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var k = classes ?? (labels.Length == 0 ? 1 : labels.Max() + 1);
        return new Dataset(X, Loss.OneHot(labels, k), labels);
    }

    /// <summary>A classification dataset from a C# array of inputs (N, D).</summary>
    public static Dataset Classification(double[,] X, int[] labels, int? classes = null)
    {
        ArgumentNullException.ThrowIfNull(X);
        return Classification(Matrix<double>.Build.DenseOfArray(X), labels, classes);
    }

    /// <summary>A regression dataset: inputs (N, D), targets (N, K).</summary>
    public static Dataset Regression(Matrix<double> X, Matrix<double> Y) => new(X, Y);

    /// <summary>A regression dataset from C# arrays: inputs (N, D), targets (N, K).</summary>
    public static Dataset Regression(double[,] X, double[,] Y)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(Y);
        return new(Matrix<double>.Build.DenseOfArray(X), Matrix<double>.Build.DenseOfArray(Y));
    }

    /// <summary>The examples at <paramref name="indices"/>, in that order (copies of the rows).</summary>
    public Dataset Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var rows = indices.ToArray();
        foreach (var i in rows)
        {
            if (i < 0 || i >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), i, $"Subset expects indices in 0..{Count - 1}, got {i}.");
            }
        }

        var consecutive = rows.Length > 0 && Enumerable.Range(1, rows.Length - 1).All(i => rows[i] == rows[0] + i);   // batches in order
        var (x, y) = (Rows(X, rows, consecutive), Rows(Y, rows, consecutive));
        return new Dataset(x, y, Labels is null ? null : Array.ConvertAll(rows, i => Labels[i]));
    }

    /// <summary>
    /// The rows of <paramref name="source"/> at <paramref name="rows"/>, in that order. MathNet stores a dense
    /// matrix column by column, so the copy goes column by column too: for <paramref name="consecutive"/> rows
    /// each column is one block copy, otherwise one gather.
    /// </summary>
    private static Matrix<double> Rows(Matrix<double> source, int[] rows, bool consecutive)
    {
        var to = Matrix<double>.Build.Dense(rows.Length, source.ColumnCount);
        CopyRows(source, rows, consecutive, to);
        return to;
    }

    /// <summary>Writes the rows of <paramref name="source"/> at <paramref name="rows"/> into every entry of <paramref name="to"/>.</summary>
    private static void CopyRows(Matrix<double> source, ReadOnlySpan<int> rows, bool consecutive, Matrix<double> to)
    {
        int n = source.RowCount, count = rows.Length;
        if (source.AsColumnMajorArray() is not { } from || to.AsColumnMajorArray() is not { } values)
        {
            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < source.ColumnCount; j++)
                {
                    to[i, j] = source[rows[i], j];
                }
            }

            return;
        }

        for (var j = 0; j < source.ColumnCount; j++)
        {
            var column = from.AsSpan(j * n, n);
            var target = values.AsSpan(j * count, count);
            if (consecutive)
            {
                column.Slice(rows[0], count).CopyTo(target);
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                target[i] = column[rows[i]];
            }
        }
    }
}
