namespace Nabla;

/// <summary>
/// A matrix operand of the fast matrix product: a column-major block inside an array, read either as is
/// or transposed, so that A^T B never has to copy A^T. Part of the optional fast kernels.
/// </summary>
/// <param name="Data">The array (MathNet's dense storage: column-major).</param>
/// <param name="Offset">Index of the operand's element (0, 0) in <paramref name="Data"/>.</param>
/// <param name="Ld">The leading dimension: how far apart two stored columns are (the stored row count).</param>
/// <param name="Transposed">True to read the stored matrix transposed: op(X)[i, j] = X[j, i].</param>
internal readonly record struct Operand<T>(T[] Data, int Offset, int Ld, bool Transposed)
{
    /// <summary>How far apart op(X)[i, j] and op(X)[i + 1, j] are in <see cref="Data"/>.</summary>
    public int RowStride => Transposed ? Ld : 1;

    /// <summary>How far apart op(X)[i, j] and op(X)[i, j + 1] are in <see cref="Data"/>.</summary>
    public int ColumnStride => Transposed ? 1 : Ld;

    /// <summary>Index of op(X)[i, j] in <see cref="Data"/>.</summary>
    public int Index(int i, int j) => Offset + i * RowStride + j * ColumnStride;

    /// <summary>The block of op(X) whose element (0, 0) is op(X)[i, j].</summary>
    public Operand<T> From(int i, int j) => this with { Offset = Index(i, j) };
}
