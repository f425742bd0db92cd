using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nabla;

internal static partial class Gemm
{
    /// <summary>
    /// The cache-blocked product on one thread (the loop nest of Goto's algorithm, as in BLIS):
    /// for each block of KC rows of op(B) and its panel of columns (packed once, reused by every row block),
    /// for each block of MC rows of op(A) (packed, stays in L2), every MR x NR tile of C is one micro-kernel call
    /// whose sliver of B stays in L1. An A that is not transposed already holds each sliver's MR rows side by
    /// side, and B's slivers are either rows side by side (B transposed) or columns a stride apart (B as stored),
    /// both of which the kernel can read (<see cref="ISliverLayout"/>): when such an operand is small, its full
    /// slivers are read in place and only a last, partial one is packed (with zeros).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Blocked<T, TKernel>(T alpha, Operand<T> a, Operand<T> b, T beta, Operand<T> c, int m, int n, int k)
        where T : unmanaged, INumber<T>
        where TKernel : IMicroKernel<T>
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        var kc = Even(k, KC<T>(), 1);          // the K blocks, of equal size (no short last block)
        var mc = Even(m, MC, mr);
        var nc = Even(n, NC, nr);
        var packedA = PackBuffer<T>.ForA(RoundUp(mc, mr) * kc);
        var packedB = PackBuffer<T>.ForB(RoundUp(nc, nr) * kc);
        Span<T> edge = stackalloc T[mr * nr];   // a partial tile is computed here, then copied into C
        var smallA = !a.Transposed && (long)m * k <= InPlaceLimit;   // A's full slivers are read in place
        var smallB = (long)k * n <= InPlaceLimit;                    // so are B's
        for (var jc = 0; jc < n; jc += nc)
        {
            var ncBlock = Math.Min(nc, n - jc);
            var inPlaceB = smallB ? ncBlock / nr * nr : 0;            // columns of B read in place
            for (var pc = 0; pc < k; pc += kc)
            {
                var kcBlock = Math.Min(kc, k - pc);
                PackB(b.From(pc, jc + inPlaceB), kcBlock, ncBlock - inPlaceB, nr, packedB);
                var betaBlock = pc == 0 ? beta : T.One;   // later K blocks add to what the first one wrote
                for (var ic = 0; ic < m; ic += mc)
                {
                    var mcBlock = Math.Min(mc, m - ic);
                    var inPlace = smallA ? mcBlock / mr * mr : 0;      // rows of A read in place
                    PackA(a.From(ic + inPlace, pc), mcBlock - inPlace, kcBlock, mr, packedA);
                    for (var jr = 0; jr < ncBlock; jr += nr)
                    {
                        var columns = Math.Min(nr, ncBlock - jr);
                        for (var ir = 0; ir < mcBlock; ir += mr)
                        {
                            ref var aSliver = ref ir < inPlace ? ref a.Data[a.Index(ic + ir, pc)] : ref packedA[(ir - inPlace) * kcBlock];
                            var lda = ir < inPlace ? a.Ld : mr;
                            var rows = Math.Min(mr, mcBlock - ir);
                            var tile = c.Index(ic + ir, jc + jr);
                            if (jr >= inPlaceB)
                            {
                                Tile<T, TKernel, RowsSideBySide>(kcBlock, ref aSliver, lda, ref packedB[(jr - inPlaceB) * kcBlock], nr, alpha, betaBlock, c, tile, rows, columns, edge);
                            }
                            else if (b.Transposed)
                            {
                                Tile<T, TKernel, RowsSideBySide>(kcBlock, ref aSliver, lda, ref b.Data[b.Index(pc, jc + jr)], b.Ld, alpha, betaBlock, c, tile, rows, columns, edge);
                            }
                            else
                            {
                                Tile<T, TKernel, ColumnsApart>(kcBlock, ref aSliver, lda, ref b.Data[b.Index(pc, jc + jr)], b.Ld, alpha, betaBlock, c, tile, rows, columns, edge);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// One MR x NR tile of C at index <paramref name="tile"/>, of which <paramref name="rows"/> x <paramref name="columns"/>
    /// lie inside C. The kernel writes a tile that is cut off on the right only into C itself; one cut off at the
    /// bottom is computed into <paramref name="edge"/> and its rows inside C are copied over.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile<T, TKernel, TB>(int kc, ref T a, int lda, ref T b, int ldb, T alpha, T beta, Operand<T> c, int tile, int rows, int columns, Span<T> edge)
        where T : unmanaged, INumber<T>
        where TKernel : IMicroKernel<T>
        where TB : ISliverLayout
    {
        if (rows == TKernel.MR)
        {
            TKernel.Run<TB>(kc, ref a, lda, ref b, ldb, alpha, beta, ref c.Data[tile], c.Ld, columns);
        }
        else
        {
            TKernel.Run<TB>(kc, ref a, lda, ref b, ldb, T.One, T.Zero, ref MemoryMarshal.GetReference(edge), TKernel.MR, TKernel.NR);
            AddEdge(edge, TKernel.MR, alpha, beta, c.Data.AsSpan(tile), c.Ld, rows, columns);
        }
    }

    /// <summary>C[0..rows, 0..columns] = alpha edge + beta C, for a tile that sticks out of C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddEdge<T>(Span<T> edge, int mr, T alpha, T beta, Span<T> c, int ldc, int rows, int columns)
        where T : unmanaged, INumber<T>
    {
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                ref var cij = ref c[i + j * ldc];
                cij = beta == T.Zero ? alpha * edge[i + j * mr] : alpha * edge[i + j * mr] + beta * cij;
            }
        }
    }

    /// <summary>Rows of op(B) per K block: a sliver of B (KC x NR) is at most 24 KiB, inside L1.</summary>
    private static int KC<T>() => 2048 / Unsafe.SizeOf<T>();

    /// <summary>Rows of op(A) per block: the packed block (MC x KC) is 384 KiB, inside L2.</summary>
    private const int MC = 192;

    /// <summary>
    /// Operands up to this many entries are read in place when their layout allows; larger ones are packed, because
    /// reading a big matrix with a power-of-two stride makes its slivers collide in the same cache sets.
    /// </summary>
    private const long InPlaceLimit = 1 << 17;

    /// <summary>Columns of op(B) per block (packed B is KC x NC).</summary>
    private const int NC = 4096;

    /// <summary>Splits <paramref name="total"/> into blocks of at most about <paramref name="max"/>, all equal, rounded up to a multiple of <paramref name="unit"/>.</summary>
    private static int Even(int total, int max, int unit)
    {
        var blocks = (total + max - 1) / max;
        return RoundUp((total + blocks - 1) / blocks, unit);
    }

    private static int RoundUp(int x, int unit) => (x + unit - 1) / unit * unit;
}
