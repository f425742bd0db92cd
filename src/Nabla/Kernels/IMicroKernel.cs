using System.Numerics;

namespace Nabla;

/// <summary>
/// The innermost piece of the matrix product: one MR x NR tile of C from a packed sliver of A and one of B.
/// </summary>
/// <remarks>
/// The A sliver holds, for p = 0..kc-1, the MR entries A[i, p] of the tile's rows side by side, each p
/// <c>lda</c> entries after the previous one (MR when packed; A's own column stride when read in place). The
/// B sliver holds the NR entries B[p, j] of the tile's columns either side by side for each p, each p <c>ldb</c>
/// entries after the previous one (NR when packed; B's own stride when B is read transposed), or as NR columns
/// <c>ldb</c> apart (a B that is not transposed, read in place): see <see cref="ISliverLayout"/>. The kernel keeps
/// the whole MR x NR tile in registers and adds kc outer products into it (a column of A times a row of B),
/// then writes C_tile = alpha * sum + beta * C_tile (C is not read when beta = 0, as in BLAS).
/// Part of the optional fast kernels (see <see cref="Kernels"/>).
/// </remarks>
/// <typeparam name="T">double or float.</typeparam>
internal interface IMicroKernel<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>Rows of C per tile (a multiple of the vector width).</summary>
    static abstract int MR { get; }

    /// <summary>Columns of C per tile.</summary>
    static abstract int NR { get; }

    /// <summary>
    /// C[0..MR, 0..columns] = alpha * (A sliver) x (B sliver) + beta * C; C is column-major with leading dimension ldc.
    /// The tile is always computed NR columns wide; only its first <paramref name="columns"/> (1..NR) are written, so
    /// a tile at C's right edge needs no buffer. TB says where the B sliver's entries are (<see cref="ISliverLayout"/>).
    /// </summary>
    static abstract void Run<TB>(int kc, ref T a, int lda, ref T b, int ldb, T alpha, T beta, ref T c, int ldc, int columns)
        where TB : ISliverLayout;
}
