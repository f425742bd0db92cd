using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public static partial class Loss
{
    /// <summary>
    /// One-hot encoding: row i is all zeros except a 1 in column labels[i]. (N) -> (N, classes).
    /// The target distribution of <see cref="CrossEntropy(Tensor, Tensor, Reduction)"/>. Notebook 02.
    /// </summary>
    /// <param name="labels">Class indices, each in 0..classes-1.</param>
    /// <param name="classes">The number of classes C (columns).</param>
    /// <returns>An (N, C) matrix of zeros and ones.</returns>
    /// <exception cref="ArgumentOutOfRangeException">classes &lt; 1, or a label outside 0..classes-1.</exception>
    public static Matrix<double> OneHot(int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, $"OneHot expects at least 1 class, got {classes}.");
        }

        return LabelMask(nameof(OneHot), labels, nameof(labels), labels.Length, classes);
    }

    /// <summary>Checks that there are <paramref name="rows"/> labels, each in 0..classes-1, and builds the one-hot matrix.</summary>
    private static Matrix<double> LabelMask(string caller, int[] labels, string name, int rows, int classes)
    {
        RequireLabels(caller, labels, name, rows, classes);
        var oneHot = Matrix<double>.Build.Dense(rows, classes);     // (N, C)
        for (var i = 0; i < rows; i++)
        {
            oneHot[i, labels[i]] = 1.0;
        }

        return oneHot;
    }

    /// <summary>
    /// Throws unless there are <paramref name="rows"/> labels, each in 0..classes-1 (the message names the first that is
    /// not); <paramref name="name"/> is the caller's parameter that holds them.
    /// </summary>
    private static void RequireLabels(string caller, int[] labels, string name, int rows, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels, name);
        if (labels.Length != rows)
        {
            throw new ArgumentException(
                $"{caller} expects one label per row: {rows} labels, got {labels.Length}.", name);
        }

        for (var i = 0; i < rows; i++)
        {
            var y = labels[i];
            if (y < 0 || y >= classes)
            {
                throw new ArgumentOutOfRangeException(name, y,
                    $"{caller} expects labels in 0..{classes - 1} ({classes} classes), got {y} at index {i}.");
            }
        }
    }
}
