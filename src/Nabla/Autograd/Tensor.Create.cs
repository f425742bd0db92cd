using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    // Every factory makes a constant unless asked (requiresGrad: true), as torch.zeros, torch.full, ... do.

    /// <summary>A tensor from a C# 2-D array: <c>Tensor.FromArray(new double[,] { { 1, 2 }, { 3, 4 } })</c>.</summary>
    /// <param name="values">The entries, (rows, columns).</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want (see <see cref="Tensor(Matrix{double}, bool)"/>); false (the default) for a constant.</param>
    public static Tensor FromArray(double[,] values, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(M.DenseOfArray(values), requiresGrad);
    }

    /// <summary>A (rows x columns) tensor of zeros. A size may be 0: a (0, 3) tensor is an empty batch of 3-feature rows.</summary>
    /// <param name="rows">Number of rows, &gt;= 0.</param>
    /// <param name="columns">Number of columns, &gt;= 0.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false (the default) for a constant.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public static Tensor Zeros(int rows, int columns, bool requiresGrad = false) =>
        new(M.Dense(CheckSize(nameof(Zeros), rows, columns), columns), requiresGrad);

    /// <summary>A (rows x columns) tensor filled with <paramref name="value"/>.</summary>
    /// <param name="rows">Number of rows, &gt;= 0.</param>
    /// <param name="columns">Number of columns, &gt;= 0.</param>
    /// <param name="value">The value of every entry.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false (the default) for a constant.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public static Tensor Full(int rows, int columns, double value, bool requiresGrad = false) =>
        new(M.Dense(CheckSize(nameof(Full), rows, columns), columns, value), requiresGrad);

    /// <summary>A 1x1 tensor holding <paramref name="value"/>.</summary>
    /// <param name="value">The number.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false (the default) for a constant.</param>
    public static Tensor Scalar(double value, bool requiresGrad = false) => new(M.Dense(1, 1, value), requiresGrad);

    /// <summary>A single row (1 x n), e.g. one example's features: <c>Tensor.Row(x, y)</c> is a constant.</summary>
    /// <param name="values">The entries, left to right.</param>
    public static Tensor Row(params double[] values) => Row(values, requiresGrad: false);   // checks for null

    /// <summary>A single row (1 x n), a variable when asked: <c>Tensor.Row([x, y], requiresGrad: true)</c> is a 2-D point an optimizer can move.</summary>
    /// <param name="values">The entries, left to right.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false for a constant.</param>
    public static Tensor Row(double[] values, bool requiresGrad)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(M.Dense(1, values.Length, values), requiresGrad);
    }

    /// <summary>A single column (n x 1), e.g. n targets of a regression: <c>Tensor.Column(1, 2, 3)</c> is a constant.</summary>
    /// <param name="values">The entries, top to bottom.</param>
    public static Tensor Column(params double[] values) => Column(values, requiresGrad: false);   // checks for null

    /// <summary>A single column (n x 1), a variable when asked: <c>Tensor.Column([1, 2], requiresGrad: true)</c>.</summary>
    /// <param name="values">The entries, top to bottom.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false for a constant.</param>
    public static Tensor Column(double[] values, bool requiresGrad)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(M.Dense(values.Length, 1, values), requiresGrad);
    }

    /// <summary>
    /// A (rows x columns) tensor with entries drawn from N(mean, std^2) using <paramref name="rng"/>,
    /// so the same seed always gives the same numbers.
    /// </summary>
    /// <param name="rows">Number of rows, &gt;= 0.</param>
    /// <param name="columns">Number of columns, &gt;= 0.</param>
    /// <param name="rng">The seeded source of the numbers (filled row by row).</param>
    /// <param name="mean">The mean of every entry.</param>
    /// <param name="std">The standard deviation of every entry.</param>
    /// <param name="requiresGrad">True for a variable whose gradient you want; false (the default) for a constant.</param>
    public static Tensor RandomNormal(int rows, int columns, Random rng, double mean = 0, double std = 1, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var data = M.Dense(CheckSize(nameof(RandomNormal), rows, columns), columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                data[i, j] = mean + std * Gaussian.Sample(rng);
            }
        }

        return new Tensor(data, requiresGrad);
    }

    /// <summary>Returns <paramref name="rows"/>, or names both sizes when one is negative (MathNet would name its own parameter).</summary>
    private static int CheckSize(string method, int rows, int columns) => rows >= 0 && columns >= 0 ? rows
        : throw new ArgumentOutOfRangeException(rows < 0 ? nameof(rows) : nameof(columns), rows < 0 ? rows : columns,
            $"Tensor.{method} expects rows >= 0 and columns >= 0, got ({rows}, {columns}).");

    /// <summary>
    /// A copy of the values with no history: a new leaf that does not require a gradient (<see cref="RequiresGrad"/>
    /// false, whatever this tensor's is) and keeps the <see cref="Label"/>. Like PyTorch's <c>detach().clone()</c>:
    /// <c>detach()</c> alone would share the values, this copies them, so changing the copy leaves this tensor as it
    /// was. Computing with it records nothing.
    /// </summary>
    public Tensor Detach() => new(Data.Clone()) { Label = Label };

    /// <summary>The values as a C# 2-D array.</summary>
    public double[,] ToArray() => Data.ToArray();

    /// <summary>The values row by row, in one flat array (row-major).</summary>
    public double[] ToRowMajorArray() => Data.ToRowMajorArray();
}
