using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nabla;

internal static partial class Gemm
{
    /// <summary>
    /// Copies an mc x kc block of op(A) into slivers of <paramref name="mr"/> rows: for each sliver and each p,
    /// its mr entries A[i, p] sit side by side, exactly the order the micro-kernel loads them. Rows past mc are 0.
    /// </summary>
    /// <remarks>The caller checked every index against the array lengths, so the copy uses unchecked references.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackA<T>(Operand<T> a, int mc, int kc, int mr, T[] packed)
        where T : unmanaged, INumber<T>
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(a.Data);
        for (var r = 0; r < mc; r += mr)
        {
            ref var sliver = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(packed), r * kc);
            Gather(ref Unsafe.Add(ref source, a.Index(r, 0)), a.RowStride, a.ColumnStride, Math.Min(mr, mc - r), mr, kc, ref sliver);
        }
    }

    /// <summary>
    /// Copies a kc x nc block of op(B) into slivers of <paramref name="nr"/> columns: for each sliver and each p,
    /// its nr entries B[p, j] sit side by side. Columns past nc are 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackB<T>(Operand<T> b, int kc, int nc, int nr, T[] packed)
        where T : unmanaged, INumber<T>
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(b.Data);
        for (var s = 0; s < nc; s += nr)
        {
            ref var sliver = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(packed), s * kc);
            Gather(ref Unsafe.Add(ref source, b.Index(0, s)), b.ColumnStride, b.RowStride, Math.Min(nr, nc - s), nr, kc, ref sliver);
        }
    }

    /// <summary>
    /// sliver[p * width + i] = x[i * across + p * along] for i &lt; count and p &lt; kc, and 0 for count &lt;= i &lt; width:
    /// <paramref name="width"/> strands of length kc, interleaved. Strands that are contiguous (across = 1) are copied
    /// with vector moves; otherwise doubles go through 4 x 4 transposes (<see cref="Transpose4x4"/>) and what is
    /// left, or other types, strand by strand, four entries per step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather<T>(ref T x, int across, int along, int count, int width, int kc, ref T sliver)
        where T : unmanaged, INumber<T>
    {
        if (across == 1)
        {
            for (var p = 0; p < kc; p++)
            {
                ref var from = ref Unsafe.Add(ref x, p * along);
                ref var to = ref Unsafe.Add(ref sliver, p * width);
                var i = 0;
                for (; i <= count - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    Vector256.LoadUnsafe(ref from, (nuint)i).StoreUnsafe(ref to, (nuint)i);
                }

                for (; i < count; i++)
                {
                    Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
                }

                for (; i < width; i++)
                {
                    Unsafe.Add(ref to, i) = T.Zero;
                }
            }

            return;
        }

        var (strands, steps) = (0, 0);   // the block that 4 x 4 transposes copied
        if (typeof(T) == typeof(double) && along == 1 && Avx.IsSupported)
        {
            (strands, steps) = (count / 4 * 4, kc / 4 * 4);
            Transpose4x4(ref Unsafe.As<T, double>(ref x), across, strands, width, steps, ref Unsafe.As<T, double>(ref sliver));
        }

        for (var i = 0; i < width; i++)
        {
            var p = i < strands ? steps : 0;
            ref var from = ref Unsafe.Add(ref x, Math.Min(i, count - 1) * across + p * along);
            ref var to = ref Unsafe.Add(ref sliver, i + p * width);
            if (i < count)
            {
                for (; p <= kc - 4; p += 4)
                {
                    to = from;
                    Unsafe.Add(ref to, width) = Unsafe.Add(ref from, along);
                    Unsafe.Add(ref to, 2 * width) = Unsafe.Add(ref from, 2 * along);
                    Unsafe.Add(ref to, 3 * width) = Unsafe.Add(ref from, 3 * along);
                    from = ref Unsafe.Add(ref from, 4 * along);
                    to = ref Unsafe.Add(ref to, 4 * width);
                }
            }

            for (; p < kc; p++)
            {
                to = i < count ? from : T.Zero;
                from = ref Unsafe.Add(ref from, along);
                to = ref Unsafe.Add(ref to, width);
            }
        }
    }

    /// <summary>
    /// The strided case of <see cref="Gather{T}"/> for doubles whose strands are contiguous (along = 1), four
    /// strands and four steps at a time: four vector loads (one per strand), a 4 x 4 transpose in registers,
    /// four vector stores (one per step) instead of sixteen scalar stores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Transpose4x4(ref double x, int across, int strands, int width, int steps, ref double sliver)
    {
        for (var i = 0; i < strands; i += 4)
        {
            ref var s0 = ref Unsafe.Add(ref x, i * across);
            ref var s1 = ref Unsafe.Add(ref s0, across);
            ref var s2 = ref Unsafe.Add(ref s1, across);
            ref var s3 = ref Unsafe.Add(ref s2, across);
            for (var p = 0; p < steps; p += 4)
            {
                var (r0, r1) = (Vector256.LoadUnsafe(ref s0, (nuint)p), Vector256.LoadUnsafe(ref s1, (nuint)p));
                var (r2, r3) = (Vector256.LoadUnsafe(ref s2, (nuint)p), Vector256.LoadUnsafe(ref s3, (nuint)p));
                var (low01, high01) = (Avx.UnpackLow(r0, r1), Avx.UnpackHigh(r0, r1));    // (r0[0], r1[0], r0[2], r1[2]), (r0[1], r1[1], r0[3], r1[3])
                var (low23, high23) = (Avx.UnpackLow(r2, r3), Avx.UnpackHigh(r2, r3));
                ref var to = ref Unsafe.Add(ref sliver, p * width + i);
                Avx.Permute2x128(low01, low23, 0x20).StoreUnsafe(ref to);                        // step p:     r0[0], r1[0], r2[0], r3[0]
                Avx.Permute2x128(high01, high23, 0x20).StoreUnsafe(ref Unsafe.Add(ref to, width)); // step p + 1
                Avx.Permute2x128(low01, low23, 0x31).StoreUnsafe(ref Unsafe.Add(ref to, 2 * width));
                Avx.Permute2x128(high01, high23, 0x31).StoreUnsafe(ref Unsafe.Add(ref to, 3 * width));
            }
        }
    }

    /// <summary>Per-thread packing buffers, kept between calls so a training loop does not allocate them every step.</summary>
    private static class PackBuffer<T>
    {
        [ThreadStatic]
        private static T[]? a;

        [ThreadStatic]
        private static T[]? b;

        /// <summary>This thread's buffer for packed A, at least <paramref name="length"/> long.</summary>
        public static T[] ForA(int length) => a is { } x && x.Length >= length ? x : a = new T[length];

        /// <summary>This thread's buffer for packed B, at least <paramref name="length"/> long.</summary>
        public static T[] ForB(int length) => b is { } x && x.Length >= length ? x : b = new T[length];
    }
}
