namespace Nabla;

/// <summary>
/// Where the micro-kernel finds B[p, j] of its B sliver, relative to B[0, 0], given a stride <c>ldb</c>.
/// A type parameter rather than a number, so that the packed layout compiles to constant offsets.
/// Part of the optional fast kernels.
/// </summary>
internal interface ISliverLayout
{
    /// <summary>Offset of B[0, j]: the start of column j of the sliver.</summary>
    static abstract nint Column(int j, int ldb);

    /// <summary>Offset from B[p, j] to B[p + 1, j].</summary>
    static abstract nint Step(int ldb);
}

/// <summary>
/// The entries B[p, 0..NR-1] side by side, each p <c>ldb</c> after the previous: a packed sliver (ldb = NR), or a
/// transposed B read where it is (ldb = its stored row count).
/// </summary>
internal readonly struct RowsSideBySide : ISliverLayout
{
    /// <inheritdoc/>
    public static nint Column(int j, int ldb) => j;

    /// <inheritdoc/>
    public static nint Step(int ldb) => ldb;
}

/// <summary>
/// Each column B[0..kc-1, j] contiguous, the columns <c>ldb</c> apart: a B that is not transposed (MathNet's
/// column-major storage), read where it is instead of being packed.
/// </summary>
internal readonly struct ColumnsApart : ISliverLayout
{
    /// <inheritdoc/>
    public static nint Column(int j, int ldb) => (nint)j * ldb;

    /// <inheritdoc/>
    public static nint Step(int ldb) => 1;
}
