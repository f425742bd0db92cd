using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nabla;

/// <summary>
/// The AVX2 micro-kernel (most laptops): a (2 vectors) x 6 tile of C, i.e. 8 x 6 doubles or 16 x 6 floats,
/// held in 12 of the 16 256-bit registers.
/// </summary>
/// <remarks>Per step p: 2 loads of A, 6 broadcasts of B, 12 FMAs. Part of the optional fast kernels.</remarks>
internal readonly struct Avx2Kernel<T> : IMicroKernel<T>
    where T : unmanaged, INumber<T>
{
    private static int V => Vector256<T>.Count;

    /// <inheritdoc/>
    public static int MR => 2 * Vector256<T>.Count;

    /// <inheritdoc/>
    public static int NR => 6;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TB>(int kc, ref T a, int lda, ref T b, int ldb, T alpha, T beta, ref T c, int ldc, int columns)
        where TB : ISliverLayout
    {
        Vector256<T> c00 = default, c10 = default, c01 = default, c11 = default, c02 = default, c12 = default;
        Vector256<T> c03 = default, c13 = default, c04 = default, c14 = default, c05 = default, c15 = default;
        for (var p = 0; p < kc; p++)
        {
            var a0 = Vector256.LoadUnsafe(ref a);                 // rows 0..V-1 of column p of A
            var a1 = Vector256.LoadUnsafe(ref a, (nuint)V);
            var bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(0, ldb)));   // B[p, 0] in every lane
            c00 = Fma(a0, bj, c00); c10 = Fma(a1, bj, c10);
            bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(1, ldb)));
            c01 = Fma(a0, bj, c01); c11 = Fma(a1, bj, c11);
            bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(2, ldb)));
            c02 = Fma(a0, bj, c02); c12 = Fma(a1, bj, c12);
            bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(3, ldb)));
            c03 = Fma(a0, bj, c03); c13 = Fma(a1, bj, c13);
            bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(4, ldb)));
            c04 = Fma(a0, bj, c04); c14 = Fma(a1, bj, c14);
            bj = Vector256.Create(Unsafe.Add(ref b, TB.Column(5, ldb)));
            c05 = Fma(a0, bj, c05); c15 = Fma(a1, bj, c15);
            a = ref Unsafe.Add(ref a, lda);
            b = ref Unsafe.Add(ref b, TB.Step(ldb));
        }

        var s = Vector256.Create(alpha);
        var t = Vector256.Create(beta);
        var read = beta != T.Zero;
        Store(ref c, 0, c00, c10, s, t, read);                // a tile at C's right edge stops after its last column
        if (columns > 1) Store(ref c, ldc, c01, c11, s, t, read);
        if (columns > 2) Store(ref c, 2 * ldc, c02, c12, s, t, read);
        if (columns > 3) Store(ref c, 3 * ldc, c03, c13, s, t, read);
        if (columns > 4) Store(ref c, 4 * ldc, c04, c14, s, t, read);
        if (columns > 5) Store(ref c, 5 * ldc, c05, c15, s, t, read);
    }

    /// <summary>Column j of the tile (starting at offset in C): C = alpha * sum + beta * C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref T c, int offset, Vector256<T> x0, Vector256<T> x1, Vector256<T> alpha, Vector256<T> beta, bool read)
    {
        ref var column = ref Unsafe.Add(ref c, offset);
        x0 *= alpha;
        x1 *= alpha;
        if (read)
        {
            x0 = Fma(Vector256.LoadUnsafe(ref column), beta, x0);
            x1 = Fma(Vector256.LoadUnsafe(ref column, (nuint)V), beta, x1);
        }

        x0.StoreUnsafe(ref column);
        x1.StoreUnsafe(ref column, (nuint)V);
    }

    /// <summary>x * y + z, fused (one rounding) where the CPU has FMA3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Fma(Vector256<T> x, Vector256<T> y, Vector256<T> z)
    {
        if (typeof(T) == typeof(double) && System.Runtime.Intrinsics.X86.Fma.IsSupported)
        {
            return System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(x.AsDouble(), y.AsDouble(), z.AsDouble()).As<double, T>();
        }

        if (typeof(T) == typeof(float) && System.Runtime.Intrinsics.X86.Fma.IsSupported)
        {
            return System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(x.AsSingle(), y.AsSingle(), z.AsSingle()).As<float, T>();
        }

        return x * y + z;
    }
}
