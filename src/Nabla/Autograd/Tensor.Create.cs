using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>A tensor from a C# 2-D array: <c>Tensor.FromArray(new double[,] { { 1, 2 }, { 3, 4 } })</c>.</summary>
    public static Tensor FromArray(double[,] values) => new(M.DenseOfArray(values));

    /// <summary>
    /// Wraps a matrix as a constant: a leaf that takes part in computations but gets no gradient
    /// (<see cref="RequiresGrad"/> is false), such as a batch of inputs, targets or a mask.
    /// </summary>
    public static Tensor Constant(Matrix<double> data) => new(data, requiresGrad: false);

    /// <summary>A (rows x columns) tensor of zeros. A size may be 0: a (0, 3) tensor is an empty batch of 3-feature rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public static Tensor Zeros(int rows, int columns) => new(M.Dense(CheckSize(nameof(Zeros), rows, columns), columns));

    /// <summary>A (rows x columns) tensor filled with <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public static Tensor Full(int rows, int columns, double value) => new(M.Dense(CheckSize(nameof(Full), rows, columns), columns, value));

    /// <summary>A 1x1 tensor holding <paramref name="value"/>.</summary>
    public static Tensor Scalar(double value) => new(M.Dense(1, 1, value));

    /// <summary>A single row (1 x n), e.g. a bias or one 2-D point <c>Tensor.Row(x, y)</c>.</summary>
    public static Tensor Row(params double[] values) => new(M.Dense(1, values.Length, values));

    /// <summary>A single column (n x 1), e.g. n targets of a regression.</summary>
    public static Tensor Column(params double[] values) => new(M.Dense(values.Length, 1, values));

    /// <summary>
    /// A (rows x columns) tensor with entries drawn from N(mean, std^2) using <paramref name="rng"/>,
    /// so the same seed always gives the same numbers.
    /// </summary>
    public static Tensor RandomNormal(int rows, int columns, Random rng, double mean = 0, double std = 1)
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

        return new Tensor(data);
    }

    /// <summary>Returns <paramref name="rows"/>, or names both sizes when one is negative (MathNet would name its own parameter).</summary>
    private static int CheckSize(string method, int rows, int columns) => rows >= 0 && columns >= 0 ? rows
        : throw new ArgumentOutOfRangeException(rows < 0 ? nameof(rows) : nameof(columns), rows < 0 ? rows : columns,
            $"Tensor.{method} expects rows >= 0 and columns >= 0, got ({rows}, {columns}).");

    /// <summary>A copy of the values with no history: a new leaf (like PyTorch's <c>detach().clone()</c>) that requires a gradient as this one does.</summary>
    public Tensor Detach() => new(Data.Clone(), RequiresGrad) { Label = Label };

    /// <summary>The values as a C# 2-D array.</summary>
    public double[,] ToArray() => Data.ToArray();

    /// <summary>The values row by row, in one flat array (row-major).</summary>
    public double[] ToRowMajorArray() => Data.ToRowMajorArray();
}
