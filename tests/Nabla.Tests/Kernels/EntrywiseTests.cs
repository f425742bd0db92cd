using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// The engine's own loops for sums, row maxima, picking and ReLU give the same numbers, to the last bit,
/// as the plain formulas (MathNet's ColumnSums/RowSums, PyTorch's amax, the scalar ReLU), on shapes that fill SIMD
/// vectors exactly, leave a remainder, or are a single entry, and with NaN, infinities and -0 among the entries.
/// </summary>
public sealed class EntrywiseTests
{
    public static TheoryData<int, int> Shapes => new() { { 1, 1 }, { 1, 9 }, { 9, 1 }, { 3, 7 }, { 8, 4 }, { 64, 128 }, { 13, 6 } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ColumnAndRowSumsMatchMathNetBitForBit(int rows, int columns)
    {
        var m = Awkward(rows, columns, seed: rows * 31 + columns);
        Assert.Equal(m.ColumnSums().ToArray(), Entrywise.ColumnSums(m).Row(0).ToArray());
        Assert.Equal(m.RowSums().ToArray(), Entrywise.RowSums(m).Column(0).ToArray());
        Assert.Equal((1, columns), (Entrywise.ColumnSums(m).RowCount, Entrywise.ColumnSums(m).ColumnCount));
        Assert.Equal((rows, 1), (Entrywise.RowSums(m).RowCount, Entrywise.RowSums(m).ColumnCount));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RowMaximaAreTheLargestEntryOrNanWhenTheRowHoldsNanAsPyTorchsAmax(int rows, int columns)
    {
        var m = Awkward(rows, columns, seed: rows + 7 * columns);
        var expected = Enumerable.Range(0, rows)
            .Select(i => m.Row(i).Any(double.IsNaN) ? double.NaN : m.Row(i).Maximum()).ToArray();
        Assert.Equal(expected, Entrywise.RowMaxima(m).Column(0).ToArray());
    }

    [Fact]
    public void SparseMatricesTakeMathNetsRouteWithTheSameResult()
    {
        var dense = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0, -2 }, { 0, 4, 0 } });
        var sparse = Matrix<double>.Build.SparseOfMatrix(dense);
        Assert.Equal(Entrywise.ColumnSums(dense).ToArray(), Entrywise.ColumnSums(sparse).ToArray());
        Assert.Equal(Entrywise.RowSums(dense).ToArray(), Entrywise.RowSums(sparse).ToArray());
        Assert.Equal(Entrywise.RowMaxima(dense).ToArray(), Entrywise.RowMaxima(sparse).ToArray());
        Assert.Equal(new[] { 1.0, 4.0 }, Entrywise.RowMaxima(sparse).Column(0).ToArray());
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ReluAndItsGradientMatchTheScalarFormulaOnEveryEntry(int rows, int columns)
    {
        var data = Awkward(rows, columns, seed: 3 * rows + columns);
        var upstream = Awkward(rows, columns, seed: 99);
        var x = new Tensor(data.Clone(), requiresGrad: true);
        var y = x.Relu();
        (y * new Tensor(upstream)).Sum().Backward();                      // dL/dy = upstream
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var v = data[i, j];
                Assert.Equal(v <= 0 ? 0.0 : v, y.Data[i, j]);                          // NaN stays NaN
                Assert.Equal(upstream[i, j] * (v <= 0 ? 0.0 : 1.0), x.Grad[i, j]);      // and passes its gradient, as in PyTorch
            }
        }
    }

    [Fact]
    public void ReluKeepsNanAndInfinityAndSendsMinusZeroToPlusZero()
    {
        var y = new Tensor(Matrix<double>.Build.Dense(1, 9, [double.NaN, -0.0, double.PositiveInfinity, double.NegativeInfinity, 2, -3, 0.5, double.NaN, 7])).Relu();
        Assert.Equal(new[] { double.NaN, 0.0, double.PositiveInfinity, 0.0, 2, 0, 0.5, double.NaN, 7 }, y.Data.Row(0).ToArray());
        Assert.All(y.Data.Row(0).ToArray().Where(v => !double.IsNaN(v)), v => Assert.False(double.IsNegative(v)));   // +0, never -0
    }

    [Fact]
    public void WhereSendsTheGradientOnlyToThePickedOperandEvenWhenItIsInfinite()
    {
        var a = new Tensor(Matrix<double>.Build.Dense(1, 3, [1.0, 2, 3]), requiresGrad: true);
        var b = new Tensor(Matrix<double>.Build.Dense(1, 3, [10.0, 20, 30]), requiresGrad: true);
        var condition = Matrix<double>.Build.Dense(1, 3, [1.0, 0, 1]);
        var picked = Tensor.Where(condition, a, b);
        Assert.Equal(new[] { 1.0, 20, 3 }, picked.Data.Row(0).ToArray());
        (picked * double.PositiveInfinity).Sum().Backward();
        Assert.Equal(new[] { double.PositiveInfinity, 0, double.PositiveInfinity }, a.Grad.Row(0).ToArray());   // 0, not inf * 0 = NaN
        Assert.Equal(new[] { 0, double.PositiveInfinity, 0 }, b.Grad.Row(0).ToArray());
    }

    [Theory]
    [InlineData(5, 3, 1, 3)]
    [InlineData(1, 3, 5, 3)]
    [InlineData(5, 1, 1, 3)]
    [InlineData(1, 1, 5, 3)]
    [InlineData(5, 3, 5, 1)]
    [InlineData(5, 3, 1, 1)]
    [InlineData(64, 128, 1, 128)]
    public void BroadcastAddMatchesAddingTheRepeatedCopies(int aRows, int aColumns, int bRows, int bColumns)
    {
        var a = Awkward(aRows, aColumns, seed: 1);
        var b = Awkward(bRows, bColumns, seed: 2);
        int rows = Math.Max(aRows, bRows), columns = Math.Max(aColumns, bColumns);
        var expected = Broadcast.To(a, rows, columns) + Broadcast.To(b, rows, columns);
        Assert.Equal(expected.ToColumnMajorArray(), Broadcast.Add(a, b, rows, columns).ToColumnMajorArray());
        Assert.Equal(expected.ToColumnMajorArray(), (new Tensor(a) + new Tensor(b)).Data.ToColumnMajorArray());
    }

    /// <summary>Random entries of mixed sign and size, with NaN, both infinities and -0 sprinkled in (fixed seed).</summary>
    private static Matrix<double> Awkward(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        double[] special = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0];
        return Matrix<double>.Build.Dense(rows, columns, (_, _) =>
            rng.Next(8) == 0 ? special[rng.Next(special.Length)] : (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-3, 4)));
    }
}
