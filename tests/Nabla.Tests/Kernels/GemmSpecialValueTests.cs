using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>NaN and infinity travel through the fast product as through the triple loop; BLAS's rules for alpha and beta hold.</summary>
public sealed class GemmSpecialValueTests
{
    public static TheoryData<int, int, int, string> Cases()
    {
        var data = new TheoryData<int, int, int, string>();
        foreach (var kernel in Naive.Kernels().Select(k => k.ToString()))
        {
            data.Add(5, 7, 3, kernel);        // the small path
            data.Add(53, 67, 29, kernel);     // packed, with edge tiles
            data.Add(130, 301, 97, kernel);   // several blocks, two threads
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NanAndInfinityPropagateLikeTheTripleLoop(int m, int k, int n, string kernel)
    {
        var a = Naive.Random<double>(m * k, 11);
        var b = Naive.Random<double>(k * n, 12);
        a[1 + 2 * m] = double.NaN;                 // A[1, 2]: row 1 of C is NaN
        a[m - 1] = double.PositiveInfinity;        // A[m-1, 0]: row m-1 of C is +-inf, or NaN where B[0, j] = 0
        b[k * (n - 1)] = 0;                        // B[0, n-1] = 0: inf * 0 = NaN in C[m-1, n-1]
        b[3 + k * 1] = double.NegativeInfinity;    // B[3, 1]: column 1 of C is +-inf, or NaN where it meets the others
        var c0 = new double[m * n];
        var c = new double[m * n];
        KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, a, m, k, b, k, n, 0.0, c, Enum.Parse<MicroKernel>(kernel));
        Naive.AssertProduct(1.0, a, m, false, b, k, false, 0.0, c0, c, m, n, k);
        Assert.Contains(c, double.IsNaN);
        Assert.Contains(c, double.IsInfinity);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BetaZeroOverwritesNanInC(int m, int k, int n, string kernel)
    {
        var a = Naive.Random<float>(k * m, 21);
        var b = Naive.Random<float>(n * k, 22);
        var c = Enumerable.Repeat(float.NaN, m * n).ToArray();
        KernelProvider.Product(Transpose.Transpose, Transpose.Transpose, 1f, a, k, m, b, n, k, 0f, c, Enum.Parse<MicroKernel>(kernel));
        Naive.AssertProduct(1f, a, k, true, b, n, true, 0f, new float[m * n], c, m, n, k);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NanInCSurvivesWhenBetaIsNotZero(int m, int k, int n, string kernel)
    {
        var a = Naive.Random<double>(m * k, 31);
        var b = Naive.Random<double>(k * n, 32);
        var c = new double[m * n];
        c[0] = double.NaN;
        KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, a, m, k, b, k, n, 1.0, c, Enum.Parse<MicroKernel>(kernel));
        Assert.True(double.IsNaN(c[0]));
        Assert.Equal(1, c.Count(double.IsNaN));
    }

    [Fact]
    public void EmptyInnerDimensionScalesC()
    {
        var c = new[] { 1.0, 2.0, double.NaN, 4.0 };
        KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, [], 2, 0, [], 0, 2, 3.0, c);
        Assert.Equal([3.0, 6.0, double.NaN, 12.0], c);
        KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, [], 2, 0, [], 0, 2, 0.0, c);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], c);
    }

    [Fact]
    public void MismatchedInnerSizesAreRejectedWithBothShapes()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, new double[6], 2, 3, new double[8], 4, 2, 0.0, new double[4]));
        Assert.Contains("2x3", e.Message);
        Assert.Contains("4x2", e.Message);
    }
}
