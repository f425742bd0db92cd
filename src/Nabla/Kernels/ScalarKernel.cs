using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nabla;

/// <summary>
/// The portable micro-kernel, for CPUs without AVX2: a 4 x 4 tile of C in plain scalar arithmetic.
/// Same packed layout as the vector kernels, so the cache blocking still helps.
/// </summary>
/// <remarks>Part of the optional fast kernels.</remarks>
internal readonly struct ScalarKernel<T> : IMicroKernel<T>
    where T : unmanaged, INumber<T>
{
    /// <inheritdoc/>
    public static int MR => 4;

    /// <inheritdoc/>
    public static int NR => 4;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TB>(int kc, ref T a, int lda, ref T b, int ldb, T alpha, T beta, ref T c, int ldc, int columns)
        where TB : ISliverLayout
    {
        Span<T> sum = stackalloc T[16];    // the tile, column-major: sum[i + 4 j]
        sum.Clear();
        for (var p = 0; p < kc; p++)
        {
            for (var j = 0; j < 4; j++)
            {
                var bj = Unsafe.Add(ref b, TB.Column(j, ldb));
                for (var i = 0; i < 4; i++)
                {
                    sum[i + 4 * j] += Unsafe.Add(ref a, i) * bj;
                }
            }

            a = ref Unsafe.Add(ref a, lda);
            b = ref Unsafe.Add(ref b, TB.Step(ldb));
        }

        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < 4; i++)
            {
                ref var cij = ref Unsafe.Add(ref c, i + j * ldc);
                cij = beta == T.Zero ? alpha * sum[i + 4 * j] : alpha * sum[i + 4 * j] + beta * cij;
            }
        }
    }
}
