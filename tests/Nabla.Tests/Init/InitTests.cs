using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Initialization;

/// <summary>Every initializer draws zero-mean weights with its documented variance, from the seed it is given.</summary>
public sealed class InitTests
{
    private const int FanIn = 400, FanOut = 300; // 120,000 samples: the variance estimate is good to about 0.5%

    public static TheoryData<string, double> Schemes => new()
    {
        { "XavierNormal", 2.0 / (FanIn + FanOut) },
        { "XavierUniform", 2.0 / (FanIn + FanOut) },
        { "LeCunNormal", 1.0 / FanIn },
        { "HeNormal", 2.0 / FanIn },
        { "HeUniform", 2.0 / FanIn },
        { "LinearDefault", 1.0 / (3.0 * FanIn) },
        { "Normal(0, 0.3)", 0.09 },
        { "Uniform(-1, 1)", 1.0 / 3 },
    };

    private static Initializer Scheme(string name) => name switch
    {
        "XavierNormal" => Init.XavierNormal,
        "XavierUniform" => Init.XavierUniform,
        "LeCunNormal" => Init.LeCunNormal,
        "HeNormal" => Init.HeNormal,
        "HeUniform" => Init.HeUniform,
        "LinearDefault" => Init.LinearDefault,
        "Normal(0, 0.3)" => Init.Normal(0, 0.3),
        "Uniform(-1, 1)" => Init.Uniform(-1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown scheme"),
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void VarianceAndMeanMatchTheScheme(string name, double expectedVariance)
    {
        var W = Scheme(name)(FanIn, FanOut, new Random(42));
        Assert.Equal((FanIn, FanOut), (W.RowCount, W.ColumnCount));
        var values = W.Enumerate().ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        Assert.True(Math.Abs(variance / expectedVariance - 1) < 0.05, $"{name}: variance {variance:G4}, expected {expectedVariance:G4}");
        Assert.True(Math.Abs(mean) < 5 * Math.Sqrt(expectedVariance / values.Length), $"{name}: mean {mean:G4}, expected 0");
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void SameSeedSameWeightsOtherSeedOtherWeights(string name, double _)
    {
        var scheme = Scheme(name);
        Assert.Equal(scheme(5, 4, new Random(1)), scheme(5, 4, new Random(1)));
        Assert.NotEqual(scheme(5, 4, new Random(1)), scheme(5, 4, new Random(2)));
    }

    [Fact]
    public void UniformSchemesStayWithinTheirBounds()
    {
        var a = Math.Sqrt(6.0 / (FanIn + FanOut));
        Assert.All(Init.XavierUniform(FanIn, FanOut, new Random(0)).Enumerate(), v => Assert.InRange(v, -a, a));
        var h = Math.Sqrt(6.0 / FanIn);
        Assert.All(Init.HeUniform(FanIn, FanOut, new Random(0)).Enumerate(), v => Assert.InRange(v, -h, h));
        Assert.All(Init.Uniform(2, 3)(10, 10, new Random(0)).Enumerate(), v => Assert.InRange(v, 2, 3));
    }

    [Fact]
    public void ConstantAndZerosFillEveryEntry()
    {
        Assert.Equal(Matrix<double>.Build.Dense(3, 2, 1.5), Init.Constant(1.5)(3, 2, new Random(0)));
        Assert.Equal(Matrix<double>.Build.Dense(3, 2), Init.Zeros(3, 2, new Random(0)));
    }

    [Fact]
    public void InvalidArgumentsAreNamed()
    {
        Assert.Contains("got -1", Assert.Throws<ArgumentOutOfRangeException>(() => Init.Normal(0, -1)).Message);
        var uniform = Assert.Throws<ArgumentOutOfRangeException>(() => Init.Uniform(2, 1));
        Assert.Contains("low 2", uniform.Message);
        Assert.Contains("high 1", uniform.Message);
        var fans = Assert.Throws<ArgumentOutOfRangeException>(() => Init.HeNormal(0, 5, new Random(0)));
        Assert.Contains("fan_in 0", fans.Message);
    }

    [Fact]
    public void HeKeepsTheSignalThroughTenReluLayersWhereLeCunHalvesItEachLayer()
    {
        // Notebook 05's variance goal: with Var(w) = 2/n_in the activation scale survives ReLU layers.
        double Ratio(Initializer init)
        {
            var rng = new Random(5);
            var x = Tensor.RandomNormal(500, 256, rng);
            double first = 0, last = 0;
            for (var l = 0; l < 10; l++)
            {
                var z = new Linear(256, 256, rng, init).Forward(x);
                var meanSquare = z.Data.Enumerate().Average(v => v * v);
                if (l == 0)
                {
                    first = meanSquare;
                }

                last = meanSquare;
                x = z.Relu();
            }

            return last / first;
        }

        Assert.InRange(Ratio(Init.HeNormal), 0.5, 2.0);
        Assert.InRange(Ratio(Init.LeCunNormal), 0.0005, 0.01); // about 2^-9
    }
}
