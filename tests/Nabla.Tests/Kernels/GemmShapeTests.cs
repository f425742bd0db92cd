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

    [Fact]
    public void ProductSplitOverTheCoresMatchesTheTripleLoopAndTheOneThreadResultBitForBit()
    {
        const int m = 257, k = 300, n = 131;       // 10.1 million multiply-adds: above the threshold for splitting
        Assert.True((long)m * k * n >= Gemm.ParallelVolume);
        var a = Naive.Random<double>(m * k, 1);
        var b = Naive.Random<double>(k * n, 2);
        var c0 = Naive.Random<double>(m * n, 3);
        var threads = Kernels.MaxThreads;
        try
        {
            var results = new List<double[]>();
            foreach (var count in new[] { 1, 2, 3 })
            {
                Kernels.MaxThreads = count;
                var c = (double[])c0.Clone();
                KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 0.5, a, m, k, b, k, n, 2.0, c, MicroKernel.Auto);
                Naive.AssertProduct(0.5, a, m, false, b, k, false, 2.0, c0, c, m, n, k);
                results.Add(c);
            }

            Assert.Equal(results[0], results[1]);      // each entry is summed in the same order, however many threads
            Assert.Equal(results[0], results[2]);
        }
        finally
        {
            Kernels.MaxThreads = threads;
        }
    }

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
