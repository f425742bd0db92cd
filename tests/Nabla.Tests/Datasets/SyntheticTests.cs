namespace Nabla.Tests;

/// <summary>The seeded toy data sets: shapes, balance, determinism and the geometry each promises.</summary>
public sealed class SyntheticTests
{
    public static TheoryData<string> Generators => ["moons", "circles", "spirals", "xor", "blobs"];

    private static Dataset Make(string name, int n, int seed, double noise = 0.1) => name switch
    {
        "moons" => Synthetic.Moons(n, new Random(seed), noise),
        "circles" => Synthetic.Circles(n, new Random(seed), noise),
        "spirals" => Synthetic.Spirals(n, 3, new Random(seed), noise),
        "xor" => Synthetic.Xor(n, new Random(seed), noise),
        "blobs" => Synthetic.Blobs(n, 4, new Random(seed), noise),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void SameSeedSameDataOtherSeedOtherData(string name)
    {
        var a = Make(name, 101, seed: 7);
        var b = Make(name, 101, seed: 7);
        var c = Make(name, 101, seed: 8);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.X, c.X);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void ShapesAndClassBalance(string name)
    {
        var data = Make(name, 101, seed: 1);
        var classes = data.Y.ColumnCount;
        Assert.Equal((101, 2), (data.Count, data.Features));
        var counts = DataPaths.ClassCounts(data.Labels!, classes);
        Assert.Equal(101, counts.Sum());
        Assert.True(counts.Max() - counts.Min() <= 1, $"{name}: class counts {string.Join(",", counts)} should differ by at most 1");
        Assert.Equal(Enumerable.Range(0, 6).Select(i => i % classes), data.Labels![..6]); // interleaved
    }

    [Fact]
    public void NoiselessMoonsAndCirclesLieOnTheirCurves()
    {
        var moons = Synthetic.Moons(200, new Random(3), noise: 0);
        for (var i = 0; i < moons.Count; i++)
        {
            double x = moons.X[i, 0], y = moons.X[i, 1];
            var r2 = moons.Labels![i] == 0 ? x * x + y * y : (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5);
            Assert.Equal(1.0, r2, 12);
            Assert.True(moons.Labels[i] == 0 ? y >= 0 : y <= 0.5 + 1e-12);
        }

        var circles = Synthetic.Circles(200, new Random(3), noise: 0, factor: 0.4);
        for (var i = 0; i < circles.Count; i++)
        {
            var r = Math.Sqrt(circles.X[i, 0] * circles.X[i, 0] + circles.X[i, 1] * circles.X[i, 1]);
            Assert.Equal(circles.Labels![i] == 0 ? 1.0 : 0.4, r, 12);
        }
    }

    [Fact]
    public void NoiselessXorHasTheFourCornersWithTheXorLabel()
    {
        var xor = Synthetic.Xor(40, new Random(5), noise: 0);
        for (var i = 0; i < xor.Count; i++)
        {
            Assert.Equal(1.0, Math.Abs(xor.X[i, 0]));
            Assert.Equal(1.0, Math.Abs(xor.X[i, 1]));
            Assert.Equal(xor.X[i, 0] * xor.X[i, 1] < 0 ? 1 : 0, xor.Labels![i]);
        }

        var corners = Enumerable.Range(0, xor.Count).Select(i => (xor.X[i, 0], xor.X[i, 1])).Distinct().Count();
        Assert.Equal(4, corners);
    }

    [Fact]
    public void SpiralsHaveKArmsWithinTheUnitDisk()
    {
        var spirals = Synthetic.Spirals(500, 5, new Random(2), noise: 0);
        Assert.Equal(5, spirals.Y.ColumnCount);
        Assert.Equal(Enumerable.Repeat(100, 5), DataPaths.ClassCounts(spirals.Labels!, 5));
        Assert.All(Enumerable.Range(0, 500), i =>
            Assert.True(spirals.X[i, 0] * spirals.X[i, 0] + spirals.X[i, 1] * spirals.X[i, 1] <= 1 + 1e-12));
    }

    [Fact]
    public void BlobMeansAreNearTheirCentres()
    {
        double[,] centers = { { -2, 0 }, { 3, 1 } };
        var blobs = Synthetic.Blobs(4000, centers, new Random(11), std: 0.5);
        for (var k = 0; k < 2; k++)
        {
            var rows = Enumerable.Range(0, blobs.Count).Where(i => blobs.Labels![i] == k).ToArray();
            Assert.Equal(centers[k, 0], rows.Average(i => blobs.X[i, 0]), 1);    // within 0.05 (std error ~0.011)
            Assert.Equal(centers[k, 1], rows.Average(i => blobs.X[i, 1]), 1);
        }
    }

    [Fact]
    public void LineWithOutliersDisplacesExactlyTheLastRows()
    {
        var data = Synthetic.LineWithOutliers(50, new Random(4), w: 2, b: 1, noise: 0, outlierFraction: 0.1, outlierOffset: 12);
        Assert.Equal((50, 1, 1), (data.Count, data.Features, data.Y.ColumnCount));
        Assert.Null(data.Labels);
        for (var i = 0; i < 50; i++)
        {
            var residual = data.Y[i, 0] - (2 * data.X[i, 0] + 1);
            Assert.Equal(i >= 45 ? 12.0 : 0.0, residual, 12);
            Assert.InRange(data.X[i, 0], -3, 3);
        }

        var line = Synthetic.Line(30, new Random(4), noise: 0.5);
        Assert.Equal(30, line.Count);
        Assert.Equal(line.X, Synthetic.Line(30, new Random(4), noise: 0.5).X);
    }

    [Fact]
    public void HeteroscedasticNoiseGrowsWithX()
    {
        var data = Synthetic.Heteroscedastic(4000, new Random(9));
        double Spread(Func<double, bool> inBin)
        {
            var residuals = Enumerable.Range(0, data.Count).Where(i => inBin(data.X[i, 0]))
                .Select(i => data.Y[i, 0] - Synthetic.HeteroscedasticMean(data.X[i, 0])).ToArray();
            return Math.Sqrt(residuals.Average(r => r * r));
        }

        var low = Spread(x => x < 0.1);                                         // true std 1..1.7
        var high = Spread(x => x > 0.9);                                        // true std 7.3..8
        Assert.InRange(low, 1.0, 1.7);
        Assert.InRange(high, 7.0, 8.3);
        Assert.Equal(8.0, Synthetic.HeteroscedasticStd(1.0));
        Assert.Equal(70.0, Synthetic.HeteroscedasticMean(1.0));
    }

    [Fact]
    public void BadArgumentsAreRejectedWithTheValue()
    {
        Assert.Contains("at least 2 arms, got 1", Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic.Spirals(10, 1, new Random(0))).Message);
        Assert.Contains("got 0", Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic.Moons(0, new Random(0))).Message);
        Assert.Contains("(1, 3)", Assert.Throws<ArgumentException>(() => Synthetic.Blobs(10, new double[1, 3], new Random(0))).Message);
    }
}
