using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Data;

/// <summary>Dataset construction, one-hot labels, seeded (stratified) splits and mini-batches.</summary>
public sealed class DatasetTests
{
    /// <summary>N examples whose single feature is their index (so rows can be traced), labels by <paramref name="label"/>.</summary>
    private static Dataset Indexed(int n, Func<int, int> label, int classes) =>
        Dataset.Classification(Matrix<double>.Build.Dense(n, 1, (i, _) => i), Enumerable.Range(0, n).Select(label).ToArray(), classes);

    private static int[] Ids(Dataset d) => d.X.Column(0).Select(v => (int)v).ToArray();

    [Fact]
    public void ClassificationSetsLabelsAndOneHotTargets()
    {
        var d = Dataset.Classification(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [2, 0, 1]);
        Assert.Equal(3, d.Count);
        Assert.Equal(2, d.Features);
        Assert.True(d.IsClassification);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }), d.Y);
        Assert.Equal(5, Dataset.Classification(new double[,] { { 1 } }, [1], classes: 5).Y.ColumnCount);
        Assert.False(Dataset.Regression(new double[,] { { 1 } }, new double[,] { { 2 } }).IsClassification);
    }

    [Theory]
    [InlineData(new[] { 3, 4, 5, 6 })]          // consecutive rows: the block-copy path
    [InlineData(new[] { 6, 0, 6, 2, 9 })]       // any order, with a repeat: the gather path
    [InlineData(new[] { 4 })]
    [InlineData(new int[0])]
    public void SubsetCopiesExactlyTheRequestedRowsForDenseAndSparseStorage(int[] rows)
    {
        var x = Matrix<double>.Build.Dense(10, 7, (i, j) => 100 * i + j);
        var y = Matrix<double>.Build.Dense(10, 3, (i, j) => -10 * i - j);
        var labels = Enumerable.Range(0, 10).Select(i => i % 3).ToArray();
        foreach (var data in new[] { new Dataset(x, y, labels), new Dataset(Matrix<double>.Build.SparseOfMatrix(x), y, labels) })
        {
            var subset = data.Subset(rows);
            Assert.Equal(Matrix<double>.Build.Dense(rows.Length, 7, (i, j) => 100 * rows[i] + j), subset.X);
            Assert.Equal(Matrix<double>.Build.Dense(rows.Length, 3, (i, j) => -10 * rows[i] - j), subset.Y);
            Assert.Equal(rows.Select(i => i % 3), subset.Labels!);
        }

        var copy = new Dataset(x, y, labels).Subset(rows);
        if (rows.Length > 0)
        {
            copy.X[0, 0] = double.NaN;                 // a copy, not a view: the source is untouched
            Assert.Equal(100 * rows[0], x[rows[0], 0]);
        }
    }

    [Fact]
    public void ClassificationOneHotEncodesTheLabelsAndNamesABadOne()
    {
        var X = Matrix<double>.Build.Dense(2, 1);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 1, 0 } }), Dataset.Classification(X, [1, 0], 2).Y);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.Classification(Matrix<double>.Build.Dense(3, 1), [0, 3, 1], 3));
        Assert.Contains("0..2", error.Message);
        Assert.Contains("got 3 at index 1", error.Message);
    }

    [Fact]
    public void ADatasetWithoutRowsCanBeMadeAndPrinted()
    {
        var empty = Dataset.Classification(new double[0, 3], [], 2);
        Assert.Equal((0, 3), (empty.Count, empty.Features));
        Assert.Equal("Dataset { X = DenseMatrix 0x3-Double (empty), Y = DenseMatrix 0x2-Double (empty), Labels = System.Int32[], " +
            "Count = 0, Features = 3, IsClassification = True }", empty.ToString());
        Assert.StartsWith("Dataset { X = DenseMatrix 1x3-Double", Dataset.Classification(new double[1, 3], [1], 2).ToString());
    }

    [Fact]
    public void MismatchedSizesNameBothCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset(Matrix<double>.Build.Dense(4, 2), Matrix<double>.Build.Dense(3, 1)));
        Assert.Contains("X has 4 rows, Y has 3", error.Message);
        var labels = Assert.Throws<ArgumentException>(() => new Dataset(Matrix<double>.Build.Dense(4, 2), Matrix<double>.Build.Dense(4, 1), [0, 1]));
        Assert.Contains("X has 4 rows, got 2 labels", labels.Message);
    }

    [Fact]
    public void SplitIsDeterministicUnderASeedAndPartitionsTheExamples()
    {
        var data = Indexed(100, i => i % 2, 2);
        var (train, validation) = data.Split(0.8, new Random(3));
        var (train2, _) = data.Split(0.8, new Random(3));
        var (train3, _) = data.Split(0.8, new Random(4));
        Assert.Equal(80, train.Count);
        Assert.Equal(20, validation.Count);
        Assert.Equal(Ids(train), Ids(train2));
        Assert.NotEqual(Ids(train), Ids(train3));
        Assert.Equal(Enumerable.Range(0, 100), Ids(train).Concat(Ids(validation)).Order());
        Assert.All(Ids(train).Zip(train.Labels!), p => Assert.Equal(p.First % 2, p.Second)); // labels follow their rows
    }

    [Fact]
    public void StratifiedSplitKeepsTheClassProportions()
    {
        var data = Indexed(100, i => i < 60 ? 0 : i < 90 ? 1 : 2, 3);        // 60% / 30% / 10%
        var (train, validation) = data.Split(0.8, new Random(5), stratified: true);
        int[] Counts(Dataset d) => [.. Enumerable.Range(0, 3).Select(c => d.Labels!.Count(l => l == c))];
        Assert.Equal([48, 24, 8], Counts(train));
        Assert.Equal([12, 6, 2], Counts(validation));
        Assert.Equal(Enumerable.Range(0, 100), Ids(train).Concat(Ids(validation)).Order());
    }

    [Fact]
    public void SplitErrorsSayWhatIsExpected()
    {
        var data = Indexed(10, _ => 0, 1);
        Assert.Contains("strictly between 0 and 1, got 1", Assert.Throws<ArgumentOutOfRangeException>(() => data.Split(1.0, new Random(0))).Message);
        var regression = Dataset.Regression(Matrix<double>.Build.Dense(4, 1), Matrix<double>.Build.Dense(4, 1));
        Assert.Contains("needs class labels", Assert.Throws<ArgumentException>(() => regression.Split(0.5, new Random(0), stratified: true)).Message);
        Assert.Contains("expected both non-empty", Assert.Throws<ArgumentOutOfRangeException>(() => data.Split(0.01, new Random(0))).Message);
    }

    [Theory]
    [InlineData(2000, 200, 10, 200)]
    [InlineData(1050, 200, 6, 50)]
    [InlineData(7, 10, 1, 7)]
    public void BatchesCoverEveryExampleOnceIncludingThePartialLastBatch(int n, int batchSize, int batches, int lastSize)
    {
        var data = Indexed(n, i => i % 3, 3);
        var list = data.Batches(batchSize, new Random(1)).ToList();
        Assert.Equal(batches, list.Count);
        Assert.Equal(lastSize, list[^1].Count);
        var ids = list.SelectMany(b => b.X.Data.Column(0).Select(v => (int)v)).ToArray();
        Assert.Equal(Enumerable.Range(0, n), ids.Order());
        Assert.NotEqual(Enumerable.Range(0, n), ids);                          // shuffled
        foreach (var (x, y, labels) in list)
        {
            for (var i = 0; i < x.Rows; i++)
            {
                Assert.Equal((int)x.Data[i, 0] % 3, labels![i]);
                Assert.Equal(1.0, y.Data[i, labels[i]]);
            }
        }
    }

    [Fact]
    public void BatchesWithoutARandomKeepTheOrder()
    {
        var ids = Indexed(25, _ => 0, 1).Batches(10).SelectMany(b => b.X.Data.Column(0)).Select(v => (int)v);
        Assert.Equal(Enumerable.Range(0, 25), ids);
        Assert.Throws<ArgumentOutOfRangeException>(() => Indexed(5, _ => 0, 1).Batches(0));
    }
}
