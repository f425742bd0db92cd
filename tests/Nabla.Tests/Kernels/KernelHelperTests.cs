using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>The in-place helpers of the backward pass and the optimizers: C += op(A) op(B) and y += alpha x.</summary>
public sealed class KernelHelperTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void AddProductAddsTheProductIntoC(bool transposeA, bool transposeB)
    {
        const int m = 37, k = 53, n = 29;
        var rng = new Random(3);
        Matrix<double> Random(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, (_, _) => rng.NextDouble() - 0.5);
        var a = transposeA ? Random(k, m) : Random(m, k);
        var b = transposeB ? Random(n, k) : Random(k, n);
        var c0 = Random(m, n);
        var c = c0.Clone();
        Kernels.AddProduct(c, a, transposeA, b, transposeB);
        var expected = c0 + (transposeA ? a.Transpose() : a) * (transposeB ? b.Transpose() : b);
        Assert.True((c - expected).Enumerate().All(d => Math.Abs(d) < 1e-12));
        Naive.AssertProduct(1.0, a.AsColumnMajorArray(), a.RowCount, transposeA, b.AsColumnMajorArray(), b.RowCount, transposeB,
            1.0, c0.AsColumnMajorArray(), c.AsColumnMajorArray(), m, n, k);   // against the triple loop, not the kernels themselves
    }

    [Fact]
    public void AddProductFallsBackForMatricesThatAreNotDense()
    {
        var c = Matrix<double>.Build.Dense(3, 3, 1.0);
        Kernels.AddProduct(c, Matrix<double>.Build.DiagonalOfDiagonalArray([1.0, 2.0, 3.0]), false, Matrix<double>.Build.Dense(3, 3, 1.0), false);
        Assert.Equal(new[] { 2.0, 3.0, 4.0 }, c.Column(0).ToArray());
    }

    [Fact]
    public void AddProductRejectsMismatchedShapes()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Kernels.AddProduct(Matrix<double>.Build.Dense(2, 2), Matrix<double>.Build.Dense(2, 3), false, Matrix<double>.Build.Dense(4, 2), false));
        Assert.Contains("2x3", e.Message);
    }

    [Fact]
    public void AddScaledUpdatesInPlace()
    {
        var p = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        var same = p;
        Kernels.AddScaled(p, -0.5, Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 2 }, { 4, 8 } }));
        Assert.Same(same, p);
        Assert.Equal(new double[,] { { 0, 1 }, { 1, 0 } }, p.ToArray());
    }

    [Fact]
    public void AddScaledByZeroStillSeesNanAndInfinityAsPyTorch()
    {
        var p = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 } });
        Kernels.AddScaled(p, 0.0, Matrix<double>.Build.DenseOfArray(new double[,] { { double.NaN, double.PositiveInfinity, 5 } }));
        Assert.Equal(new double[,] { { double.NaN, double.NaN, 3 } }, p.ToArray());   // torch: y.add_(x, alpha=0)

        var w = new Tensor(Matrix<double>.Build.Dense(1, 1, 1.0), requiresGrad: true);
        w.Grad[0, 0] = double.NaN;
        new Sgd([w], lr: 0).Step();
        Assert.True(double.IsNaN(w.Data[0, 0]), $"SGD with lr 0 and a NaN gradient: expected NaN as in torch.optim.SGD, got {w.Data[0, 0]}");
    }

    [Fact]
    public void MaxThreadsMustBeAtLeastOne()
    {
        var before = Kernels.MaxThreads;
        Assert.Throws<ArgumentOutOfRangeException>(() => Kernels.MaxThreads = 0);
        Assert.True(Kernels.MaxThreads >= 1);
        Assert.Equal(before, Kernels.MaxThreads);       // the rejected value did not stick
    }
}
