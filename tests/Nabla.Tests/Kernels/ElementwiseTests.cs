using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>The provider's entry-by-entry operations (one SIMD loop) give exactly the scalar results, at every length.</summary>
public sealed class ElementwiseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(4097)]
    public void DoubleArraysMatchTheScalarLoop(int length)
    {
        var x = Naive.Random<double>(length, 1);
        var y = Naive.Random<double>(length, 2);
        y[0] = 0;                       // x / 0 = +-inf
        x[length - 1] = double.NaN;
        var r = new double[length];
        Elementwise.Zip<double, Elementwise.Add<double>>(x, y, r);
        Assert.Equal(x.Zip(y, (a, b) => a + b), r);
        Elementwise.Zip<double, Elementwise.Subtract<double>>(x, y, r);
        Assert.Equal(x.Zip(y, (a, b) => a - b), r);
        Elementwise.Zip<double, Elementwise.Multiply<double>>(x, y, r);
        Assert.Equal(x.Zip(y, (a, b) => a * b), r);
        Elementwise.Zip<double, Elementwise.Divide<double>>(x, y, r);
        Assert.Equal(x.Zip(y, (a, b) => a / b), r);
        Elementwise.AddScaled(y, 0.25, x, r);
        Assert.Equal(x.Zip(y, (a, b) => b + 0.25 * a), r);
        Elementwise.AddScaled(null, -3.0, x, r);
        Assert.Equal(x.Select(a => -3.0 * a), r);
    }

    [Fact]
    public void FloatArraysMatchTheScalarLoopAndResultsMayOverwriteAnOperand()
    {
        var x = Naive.Random<float>(37, 3);
        var y = Naive.Random<float>(37, 4);
        var expected = x.Zip(y, (a, b) => a * b).ToArray();
        Elementwise.Zip<float, Elementwise.Multiply<float>>(x, y, x);
        Assert.Equal(expected, x);
    }

    [Fact]
    public void ScalingByZeroGivesZerosEvenForNanAsMathNetDoes()
    {
        var x = new[] { 1.0, double.NaN, double.PositiveInfinity };
        var r = new double[3];
        Elementwise.AddScaled(null, 0.0, x, r);
        Assert.Equal([0.0, 0.0, 0.0], r);
        Elementwise.AddScaled([5.0, 6.0, 7.0], 0.0, x, r);
        Assert.Equal([5.0, 6.0, 7.0], r);
    }

    [Fact]
    public void MismatchedLengthsAreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Elementwise.Zip<double, Elementwise.Add<double>>(new double[3], new double[4], new double[3]));
        Assert.Contains("3, 4 and 3", e.Message);
    }

    [Fact]
    public void MathNetMatrixArithmeticMatchesEntryByEntryArithmetic()
    {
        _ = Tensor.Zeros(1, 1);   // installs the kernels (MathNet routes dense arithmetic through the provider)
        Assert.True(Kernels.IsInstalled);
        var rng = new Random(9);
        var a = Matrix<double>.Build.Dense(13, 11, (_, _) => rng.NextDouble() - 0.5);
        var b = Matrix<double>.Build.Dense(13, 11, (_, _) => rng.NextDouble() + 0.5);
        Assert.Equal(a.Enumerate().Zip(b.Enumerate(), (p, q) => p + q), (a + b).Enumerate());
        Assert.Equal(a.Enumerate().Zip(b.Enumerate(), (p, q) => p - q), (a - b).Enumerate());
        Assert.Equal(a.Enumerate().Zip(b.Enumerate(), (p, q) => p * q), a.PointwiseMultiply(b).Enumerate());
        Assert.Equal(a.Enumerate().Zip(b.Enumerate(), (p, q) => p / q), a.PointwiseDivide(b).Enumerate());
        Assert.Equal(a.Enumerate().Select(p => 2.5 * p), (2.5 * a).Enumerate());
    }
}
