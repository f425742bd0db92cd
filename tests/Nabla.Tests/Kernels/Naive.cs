using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nabla.Tests;

/// <summary>The reference the fast kernels are checked against: the textbook triple loop, in double.</summary>
internal static class Naive
{
    /// <summary>Every micro-kernel this CPU can run (AVX-512 and AVX2 only where supported; scalar always).</summary>
    public static IEnumerable<MicroKernel> Kernels()
    {
        if (Avx512F.IsSupported && Vector512.IsHardwareAccelerated)
        {
            yield return MicroKernel.Avx512;
        }

        if (Avx2.IsSupported && Fma.IsSupported)
        {
            yield return MicroKernel.Avx2;
        }

        yield return MicroKernel.Scalar;
        yield return MicroKernel.Auto;
    }

    /// <summary>Element (i, j) of op(X), X stored column-major with <paramref name="rows"/> rows.</summary>
    public static double At<T>(T[] x, int rows, bool transposed, int i, int j)
        where T : INumber<T> => double.CreateChecked(transposed ? x[j + i * rows] : x[i + j * rows]);

    /// <summary>
    /// Checks c against alpha op(A) op(B) + beta c0 computed by the triple loop: equal up to rounding
    /// (|error| within 4 k eps sum_p |a_ip b_pj|), and NaN or infinite exactly where the reference is.
    /// </summary>
    public static void AssertProduct<T>(T alpha, T[] a, int rowsA, bool ta, T[] b, int rowsB, bool tb, T beta, T[] c0, T[] c, int m, int n, int k)
        where T : IFloatingPointIeee754<T>
    {
        var eps = typeof(T) == typeof(float) ? 1.2e-7 : 2.3e-16;   // unit roundoff, roughly
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                double sum = 0, magnitude = 0;
                for (var p = 0; p < k; p++)
                {
                    var product = At(a, rowsA, ta, i, p) * At(b, rowsB, tb, p, j);
                    sum += product;
                    magnitude += Math.Abs(product);
                }

                var old = double.CreateChecked(c0[i + j * m]);
                var expected = double.CreateChecked(alpha) * sum + (beta == T.Zero ? 0 : double.CreateChecked(beta) * old);
                var actual = double.CreateChecked(c[i + j * m]);
                var where = $"C[{i}, {j}] of ({m}x{k}) x ({k}x{n}), transposeA={ta}, transposeB={tb}";
                if (double.IsNaN(expected) || double.IsInfinity(expected))
                {
                    Assert.True(expected.Equals(actual), $"{where}: expected {expected}, got {actual}");
                    continue;
                }

                var tolerance = 4 * (k + 2) * eps * (Math.Abs(double.CreateChecked(alpha)) * magnitude + Math.Abs(double.CreateChecked(beta) * old)) + 1e-300;
                Assert.True(Math.Abs(actual - expected) <= tolerance, $"{where}: expected {expected}, got {actual} (tolerance {tolerance})");
            }
        }
    }

    /// <summary>count numbers uniform on (-1, 1) from a seeded generator.</summary>
    public static T[] Random<T>(int count, int seed)
        where T : INumber<T>
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => T.CreateChecked(2 * rng.NextDouble() - 1)).ToArray();
    }
}
