using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Rescales every feature (column) to mean 0 and standard deviation 1, using statistics measured on the
/// training data only. Notebooks 05 and 06: inputs on a common scale keep activations in range and make
/// the loss surface less elongated, so gradient descent takes larger useful steps.
/// </summary>
/// <remarks>
/// x' = (x - mean) / std per column, with the population standard deviation (divide by N).
/// Fit on the training part ONLY and apply the same <see cref="Mean"/> and <see cref="Std"/> to validation
/// and test data: measuring them on those parts would leak information about them into training.
/// A column with zero standard deviation (the same value in every training example) is only centred, not
/// divided: dividing by 0 would turn it into NaN, and a constant column carries no information anyway.
/// Such columns report a <see cref="Std"/> of 1 (the divisor actually used).
/// </remarks>
public sealed class Standardizer
{
    private Standardizer(double[] mean, double[] std)
    {
        Mean = mean;
        Std = std;
    }

    /// <summary>The training mean of each column (D).</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>The divisor of each column (D): its training standard deviation, or 1 for a constant column.</summary>
    public IReadOnlyList<double> Std { get; }

    /// <summary>Measures each column's mean and standard deviation on <paramref name="X"/> (N, D), N &gt;= 1.</summary>
    public static Standardizer Fit(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.RowCount == 0)
        {
            throw new ArgumentException("Standardizer.Fit expects at least one row, got 0.", nameof(X));
        }

        var mean = new double[X.ColumnCount];
        var std = new double[X.ColumnCount];
        for (var j = 0; j < X.ColumnCount; j++)
        {
            var column = X.Column(j);
            mean[j] = column.Average();
            var variance = column.Select(v => (v - mean[j]) * (v - mean[j])).Average();
            std[j] = variance > 0 ? Math.Sqrt(variance) : 1.0;
        }

        return new Standardizer(mean, std);
    }

    /// <summary>(X - mean) / std per column: (N, D) -> a new (N, D) matrix.</summary>
    /// <exception cref="ArgumentException">X does not have the D columns the standardizer was fitted on.</exception>
    public Matrix<double> Transform(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != Mean.Count)
        {
            throw new ArgumentException($"Standardizer was fitted on {Mean.Count} columns, got {X.ColumnCount}.", nameof(X));
        }

        return Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount, (i, j) => (X[i, j] - Mean[j]) / Std[j]);
    }

    /// <summary>The same dataset with its inputs X standardized (targets and labels unchanged).</summary>
    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Dataset(Transform(data.X), data.Y, data.Labels);
    }

    /// <summary>Undoes <see cref="Transform(Matrix{double})"/>: x = x' std + mean (e.g. for standardized regression targets).</summary>
    public Matrix<double> InverseTransform(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != Mean.Count)
        {
            throw new ArgumentException($"Standardizer was fitted on {Mean.Count} columns, got {X.ColumnCount}.", nameof(X));
        }

        return Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount, (i, j) => X[i, j] * Std[j] + Mean[j]);
    }
}
