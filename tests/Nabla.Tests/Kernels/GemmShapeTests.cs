using System.Numerics;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>The fast matrix product equals the triple loop on awkward shapes, every transpose and every micro-kernel.</summary>
public sealed class GemmShapeTests
{
    /// <summary>(m, k, n): degenerate, prime, not multiples of any vector width, across block, in-place and thread thresholds.</summary>
    private static readonly (int M, int K, int N)[] Shapes =
    [
        (1, 1, 1), (1, 300, 1), (1, 1, 300), (300, 1, 1), (1, 257, 129), (129, 257, 1), (40, 1, 50),
        (2, 3, 5), (7, 11, 13), (17, 19, 23), (23, 29, 9), (25, 17, 7), (37, 41, 43), (49, 33, 15),
        (97, 101, 103), (64, 784, 10), (200, 300, 70), (131, 601, 53), (8, 8, 8), (24, 16, 8), (48, 64, 16),
        (400, 401, 13), (30, 420, 330),   // operands too large to be read in place: packed
        (64, 784, 128), (784, 64, 128),   // the MLP benchmark's forward product and weight gradient
    ];

    public static TheoryData<int, int, int, string> Cases()
    {
        var data = new TheoryData<int, int, int, string>();
        foreach (var kernel in Naive.Kernels().Select(k => k.ToString()))
        {
            foreach (var (m, k, n) in Shapes)
            {
                data.Add(m, k, n, kernel);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DoubleProductMatchesTripleLoop(int m, int k, int n, string kernel) => Check<double>(m, k, n, Enum.Parse<MicroKernel>(kernel));

    [Theory]
    [MemberData(nameof(Cases))]
    public void FloatProductMatchesTripleLoop(int m, int k, int n, string kernel) => Check<float>(m, k, n, Enum.Parse<MicroKernel>(kernel));

    private static void Check<T>(int m, int k, int n, MicroKernel kernel)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        foreach (var ta in new[] { false, true })
        {
            foreach (var tb in new[] { false, true })
            {
                var (rowsA, columnsA) = ta ? (k, m) : (m, k);
                var (rowsB, columnsB) = tb ? (n, k) : (k, n);
                var a = Naive.Random<T>(rowsA * columnsA, 1 + m);
                var b = Naive.Random<T>(rowsB * columnsB, 2 + n);
                var c0 = Naive.Random<T>(m * n, 3 + k);

                var c = (T[])c0.Clone();     // C = A B: the old C must be ignored
                KernelProvider.Product(Flag(ta), Flag(tb), T.One, a, rowsA, columnsA, b, rowsB, columnsB, T.Zero, c, kernel);
                Naive.AssertProduct(T.One, a, rowsA, ta, b, rowsB, tb, T.Zero, c0, c, m, n, k);

                var alpha = T.CreateChecked(-0.5);
                var beta = T.CreateChecked(2);
                c = (T[])c0.Clone();         // C = -0.5 A B + 2 C
                KernelProvider.Product(Flag(ta), Flag(tb), alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c, kernel);
                Naive.AssertProduct(alpha, a, rowsA, ta, b, rowsB, tb, beta, c0, c, m, n, k);
            }
        }
    }

    private static Transpose Flag(bool transposed) => transposed ? Transpose.Transpose : Transpose.DontTranspose;
}
