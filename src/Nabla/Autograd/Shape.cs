namespace Nabla;

/// <summary>
/// The shape of a <see cref="Tensor"/>: its number of rows (examples, N) and of columns (features, D), as
/// PyTorch's <c>tensor.shape</c> is for a matrix. Deconstructs, so <c>var (rows, columns) = t.Shape;</c> works,
/// and compares by value: <c>t.Shape == new Shape(2, 3)</c>, or the pattern <c>t.Shape is (2, 3)</c>.
/// </summary>
/// <param name="Rows">Number of rows (examples).</param>
/// <param name="Columns">Number of columns (features).</param>
public readonly record struct Shape(int Rows, int Columns)
{
    /// <summary>The shape as PyTorch prints a size, "(rows, columns)": "(3, 2)" for three rows of two columns.</summary>
    public override string ToString() => $"({Rows}, {Columns})";
}
