using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nabla;

/// <summary>
/// The AVX-512 micro-kernel: a (2 vectors) x 12 tile of C, i.e. 16 x 12 doubles or 32 x 12 floats, held in
/// 24 of the 32 512-bit registers while kc fused multiply-adds per register run over the slivers.
/// </summary>
/// <remarks>
/// Per step p: 2 loads of A, 12 broadcasts of B, 24 FMAs. 16 rows (rather than 24 x 8) waste nothing on
/// the batch sizes of the lessons (powers of two). Part of the optional fast kernels.
/// </remarks>
internal readonly struct Avx512Kernel<T> : IMicroKernel<T>
    where T : unmanaged, INumber<T>
{
    private static int V => Vector512<T>.Count;

    /// <inheritdoc/>
    public static int MR => 2 * Vector512<T>.Count;

    /// <inheritdoc/>
    public static int NR => 12;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TB>(int kc, ref T a, int lda, ref T b, int ldb, T alpha, T beta, ref T c, int ldc, int columns)
        where TB : ISliverLayout
    {
        // cRJ holds rows R*V..R*V+V-1 of column J of the tile (J in hex: a = 10, b = 11)
        Vector512<T> c00 = default, c10 = default, c01 = default, c11 = default, c02 = default, c12 = default;
        Vector512<T> c03 = default, c13 = default, c04 = default, c14 = default, c05 = default, c15 = default;
        Vector512<T> c06 = default, c16 = default, c07 = default, c17 = default, c08 = default, c18 = default;
        Vector512<T> c09 = default, c19 = default, c0a = default, c1a = default, c0b = default, c1b = default;
        for (var p = 0; p < kc; p++)
        {
            var a0 = Vector512.LoadUnsafe(ref a);                 // rows 0..V-1 of column p of A
            var a1 = Vector512.LoadUnsafe(ref a, (nuint)V);       // rows V..2V-1
            var b0 = Vector512.Create(Unsafe.Add(ref b, TB.Column(0, ldb)));   // B[p, 0] in every lane
            c00 = Fma(a0, b0, c00); c10 = Fma(a1, b0, c10);
            var b1 = Vector512.Create(Unsafe.Add(ref b, TB.Column(1, ldb)));
            c01 = Fma(a0, b1, c01); c11 = Fma(a1, b1, c11);
            var b2 = Vector512.Create(Unsafe.Add(ref b, TB.Column(2, ldb)));
            c02 = Fma(a0, b2, c02); c12 = Fma(a1, b2, c12);
            var b3 = Vector512.Create(Unsafe.Add(ref b, TB.Column(3, ldb)));
            c03 = Fma(a0, b3, c03); c13 = Fma(a1, b3, c13);
            var b4 = Vector512.Create(Unsafe.Add(ref b, TB.Column(4, ldb)));
            c04 = Fma(a0, b4, c04); c14 = Fma(a1, b4, c14);
            var b5 = Vector512.Create(Unsafe.Add(ref b, TB.Column(5, ldb)));
            c05 = Fma(a0, b5, c05); c15 = Fma(a1, b5, c15);
            var b6 = Vector512.Create(Unsafe.Add(ref b, TB.Column(6, ldb)));
            c06 = Fma(a0, b6, c06); c16 = Fma(a1, b6, c16);
            var b7 = Vector512.Create(Unsafe.Add(ref b, TB.Column(7, ldb)));
            c07 = Fma(a0, b7, c07); c17 = Fma(a1, b7, c17);
            var b8 = Vector512.Create(Unsafe.Add(ref b, TB.Column(8, ldb)));
            c08 = Fma(a0, b8, c08); c18 = Fma(a1, b8, c18);
            var b9 = Vector512.Create(Unsafe.Add(ref b, TB.Column(9, ldb)));
            c09 = Fma(a0, b9, c09); c19 = Fma(a1, b9, c19);
            var ba = Vector512.Create(Unsafe.Add(ref b, TB.Column(10, ldb)));
            c0a = Fma(a0, ba, c0a); c1a = Fma(a1, ba, c1a);
            var bb = Vector512.Create(Unsafe.Add(ref b, TB.Column(11, ldb)));
            c0b = Fma(a0, bb, c0b); c1b = Fma(a1, bb, c1b);
            a = ref Unsafe.Add(ref a, lda);
            b = ref Unsafe.Add(ref b, TB.Step(ldb));
        }

        var s = Vector512.Create(alpha);
        var t = Vector512.Create(beta);
        var read = beta != T.Zero;
        Store(ref c, 0, c00, c10, s, t, read);                // a tile at C's right edge stops after its last column
        if (columns > 1) Store(ref c, ldc, c01, c11, s, t, read);
        if (columns > 2) Store(ref c, 2 * ldc, c02, c12, s, t, read);
        if (columns > 3) Store(ref c, 3 * ldc, c03, c13, s, t, read);
        if (columns > 4) Store(ref c, 4 * ldc, c04, c14, s, t, read);
        if (columns > 5) Store(ref c, 5 * ldc, c05, c15, s, t, read);
        if (columns > 6) Store(ref c, 6 * ldc, c06, c16, s, t, read);
        if (columns > 7) Store(ref c, 7 * ldc, c07, c17, s, t, read);
        if (columns > 8) Store(ref c, 8 * ldc, c08, c18, s, t, read);
        if (columns > 9) Store(ref c, 9 * ldc, c09, c19, s, t, read);
        if (columns > 10) Store(ref c, 10 * ldc, c0a, c1a, s, t, read);
        if (columns > 11) Store(ref c, 11 * ldc, c0b, c1b, s, t, read);
    }

    /// <summary>Column j of the tile (starting at offset in C): C = alpha * sum + beta * C.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref T c, int offset, Vector512<T> x0, Vector512<T> x1, Vector512<T> alpha, Vector512<T> beta, bool read)
    {
        ref var column = ref Unsafe.Add(ref c, offset);
        x0 *= alpha;
        x1 *= alpha;
        if (read)
        {
            x0 = Fma(Vector512.LoadUnsafe(ref column), beta, x0);
            x1 = Fma(Vector512.LoadUnsafe(ref column, (nuint)V), beta, x1);
        }

        x0.StoreUnsafe(ref column);
        x1.StoreUnsafe(ref column, (nuint)V);
    }

    /// <summary>x * y + z with one rounding (AVX-512F's vfmadd).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> Fma(Vector512<T> x, Vector512<T> y, Vector512<T> z)
    {
        if (typeof(T) == typeof(double))
        {
            return Avx512F.FusedMultiplyAdd(x.AsDouble(), y.AsDouble(), z.AsDouble()).As<double, T>();
        }

        if (typeof(T) == typeof(float))
        {
            return Avx512F.FusedMultiplyAdd(x.AsSingle(), y.AsSingle(), z.AsSingle()).As<float, T>();
        }

        return x * y + z;
    }
}
