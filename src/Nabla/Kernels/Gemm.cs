using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nabla;

/// <summary>Which micro-kernel the matrix product runs (tests pick each one; everything else uses <see cref="Auto"/>).</summary>
internal enum MicroKernel
{
    /// <summary>The fastest one this CPU supports.</summary>
    Auto,

    /// <summary>512-bit vectors (AVX-512F).</summary>
    Avx512,

    /// <summary>256-bit vectors with fused multiply-add (AVX2 + FMA3).</summary>
    Avx2,

    /// <summary>Plain scalar arithmetic (any CPU).</summary>
    Scalar,
}

/// <summary>
/// The general matrix product C = alpha op(A) op(B) + beta C (BLAS's GEMM) for double and float,
/// on MathNet's column-major arrays. Part of the optional fast kernels (see <see cref="Kernels"/>).
/// </summary>
/// <remarks>
/// Mathematically it is the triple loop C[i, j] = sum_p A[i, p] B[p, j] (m n k multiply-adds). It is fast
/// because of three things, none of which changes that sum: (1) cache blocking and packing: A and B are
/// cut into blocks that fit the caches and copied into the order the micro-kernel reads them (Gemm.Blocked.cs);
/// (2) the micro-kernel keeps a whole tile of C in vector registers and uses fused multiply-adds
/// (<see cref="Avx512Kernel{T}"/>, <see cref="Avx2Kernel{T}"/>, <see cref="ScalarKernel{T}"/>); (3) large
/// products are split over the cores. Tiny products skip all that (Gemm.Small.cs).
/// Each C[i, j] is summed in the same order whatever the number of threads, so results are reproducible.
/// The loop methods are marked AggressiveOptimization: .NET otherwise starts them as unoptimized code and
/// swaps in optimized code only after a few seconds of training (tiered compilation), and an unoptimized
/// micro-kernel is many times slower.
/// </remarks>
internal static partial class Gemm
{
    /// <summary>Below this many multiply-adds (m n k) the plain loop beats packing.</summary>
    internal const long SmallVolume = 4096;

    /// <summary>
    /// From this many multiply-adds (m n k) the work is split over the cores. The products of a small network's
    /// training step (64 x 784 x 128: 6.4 million) stay on one core: split, each core has to fetch the operands
    /// the other one wrote last (the weights, their gradient) from the other core's cache, and on the two-core
    /// machine of README's "Performance" section that cost more than the second core saved (about 90k instead
    /// of 120k samples/s).
    /// </summary>
    internal const long ParallelVolume = 1L << 23;

    /// <summary>The most threads one product may use (<see cref="Kernels.MaxThreads"/>).</summary>
    internal static int MaxThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>The fastest micro-kernel this CPU supports.</summary>
    public static MicroKernel Best { get; } =
        Avx512F.IsSupported && Vector512.IsHardwareAccelerated ? MicroKernel.Avx512
        : Avx2.IsSupported && Fma.IsSupported ? MicroKernel.Avx2
        : MicroKernel.Scalar;

    /// <summary>C = alpha op(A) op(B) + beta C, with op(A) m x k, op(B) k x n and C m x n (C is not read when beta = 0).</summary>
    /// <param name="alpha">Scales the product.</param>
    /// <param name="a">op(A), m x k.</param>
    /// <param name="b">op(B), k x n.</param>
    /// <param name="beta">Scales the old C (0: C is overwritten, as in BLAS).</param>
    /// <param name="c">C, m x n, column-major, not transposed.</param>
    /// <param name="m">Rows of op(A) and C.</param>
    /// <param name="n">Columns of op(B) and C.</param>
    /// <param name="k">Columns of op(A) = rows of op(B).</param>
    /// <param name="kernel">Which micro-kernel to use.</param>
    public static void Multiply<T>(T alpha, Operand<T> a, Operand<T> b, T beta, Operand<T> c, int m, int n, int k,
        MicroKernel kernel = MicroKernel.Auto)
        where T : unmanaged, INumber<T>
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0 || alpha == T.Zero)
        {
            ScaleC(beta, c, m, n);   // the product is an empty sum (or scaled away): C = beta C
            return;
        }

        if ((long)m * n * k <= SmallVolume)
        {
            Small(alpha, a, b, beta, c, m, n, k);
            return;
        }

        switch (kernel == MicroKernel.Auto ? Best : kernel)
        {
            case MicroKernel.Avx512:
                Parallel<T, Avx512Kernel<T>>(alpha, a, b, beta, c, m, n, k);
                break;
            case MicroKernel.Avx2:
                Parallel<T, Avx2Kernel<T>>(alpha, a, b, beta, c, m, n, k);
                break;
            default:
                Parallel<T, ScalarKernel<T>>(alpha, a, b, beta, c, m, n, k);
                break;
        }
    }

    /// <summary>Splits a large product over the cores: each worker computes a band of C's rows or columns.</summary>
    private static void Parallel<T, TKernel>(T alpha, Operand<T> a, Operand<T> b, T beta, Operand<T> c, int m, int n, int k)
        where T : unmanaged, INumber<T>
        where TKernel : IMicroKernel<T>
    {
        var tilesM = (m + TKernel.MR - 1) / TKernel.MR;
        var tilesN = (n + TKernel.NR - 1) / TKernel.NR;
        var byRows = tilesM > tilesN;                   // split the dimension with more tiles
        var tiles = byRows ? tilesM : tilesN;
        var workers = (long)m * n * k < ParallelVolume ? 1 : Math.Min(MaxThreads, tiles);
        if (workers <= 1)
        {
            Blocked<T, TKernel>(alpha, a, b, beta, c, m, n, k);
            return;
        }

        var size = byRows ? TKernel.MR : TKernel.NR;
        var extent = byRows ? m : n;
        System.Threading.Tasks.Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var lo = tiles * w / workers * size;
            var hi = Math.Min(tiles * (w + 1) / workers * size, extent);
            if (byRows)
            {
                Blocked<T, TKernel>(alpha, a.From(lo, 0), b, beta, c.From(lo, 0), hi - lo, n, k);
            }
            else
            {
                Blocked<T, TKernel>(alpha, a, b.From(0, lo), beta, c.From(0, lo), m, hi - lo, k);
            }
        });
    }

    /// <summary>C = beta C (zeros when beta = 0, so NaNs in the old C do not survive, as in BLAS).</summary>
    private static void ScaleC<T>(T beta, Operand<T> c, int m, int n)
        where T : unmanaged, INumber<T>
    {
        for (var j = 0; j < n; j++)
        {
            var column = c.Data.AsSpan(c.Index(0, j), m);
            for (var i = 0; i < m; i++)
            {
                column[i] = beta == T.Zero ? T.Zero : beta * column[i];
            }
        }
    }
}
