using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Data;

/// <summary>The standardizer learns mean and standard deviation from the training data only.</summary>
public sealed class StandardizerTests
{
    [Fact]
    public void TrainingColumnsBecomeMeanZeroStdOne()
    {
        var rng = new Random(0);
        var X = Matrix<double>.Build.Dense(500, 3, (_, j) => 10 * j + (j + 1) * Gaussian.Sample(rng));
        var Z = Standardizer.Fit(X).Transform(X);
        for (var j = 0; j < 3; j++)
        {
            var column = Z.Column(j);
            Assert.Equal(0, column.Average(), 12);
            Assert.Equal(1, Math.Sqrt(column.Select(v => v * v).Average()), 12);
        }
    }

    [Fact]
    public void ValidationDataIsTransformedWithTheTrainingStatistics()
    {
        var train = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 10 }, { 3, 30 } }); // mean (2, 20), std (1, 10)
        var validation = Matrix<double>.Build.DenseOfArray(new double[,] { { 5, 0 }, { 7, 100 } });
        var s = Standardizer.Fit(train);
        Assert.Equal([2.0, 20.0], s.Mean);
        Assert.Equal([1.0, 10.0], s.Std);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 3, -2 }, { 5, 8 } }), s.Transform(validation));
        Assert.NotEqual(Standardizer.Fit(validation).Transform(validation), s.Transform(validation)); // not re-fitted on validation
        Assert.Equal(validation, s.InverseTransform(s.Transform(validation)));
    }

    [Fact]
    public void AConstantColumnIsCentredNotDividedByZero()
    {
        var X = Matrix<double>.Build.DenseOfArray(new double[,] { { 4, 1 }, { 4, 2 }, { 4, 3 } });
        var s = Standardizer.Fit(X);
        Assert.Equal(1.0, s.Std[0]);
        var Z = s.Transform(X);
        Assert.All(Z.Column(0), v => Assert.Equal(0.0, v));
        Assert.Equal(5.0, s.Transform(Matrix<double>.Build.DenseOfArray(new double[,] { { 9, 2 } }))[0, 0]);
    }

    [Fact]
    public void TransformingADatasetKeepsTargetsAndLabels()
    {
        var data = Dataset.Classification(new double[,] { { 0 }, { 2 } }, [1, 0]);
        var z = Standardizer.Fit(data.X).Transform(data);
        Assert.Equal(new[] { -1.0, 1.0 }, z.X.Column(0).ToArray());
        Assert.Same(data.Labels, z.Labels);
        Assert.Same(data.Y, z.Y);
    }

    [Fact]
    public void ColumnMismatchNamesBothCounts()
    {
        var s = Standardizer.Fit(Matrix<double>.Build.Dense(3, 4, 1));
        var error = Assert.Throws<ArgumentException>(() => s.Transform(Matrix<double>.Build.Dense(2, 5)));
        Assert.Contains("fitted on 4 columns, got 5", error.Message);
        Assert.Throws<ArgumentException>(() => Standardizer.Fit(Matrix<double>.Build.Dense(0, 2)));
    }
}
