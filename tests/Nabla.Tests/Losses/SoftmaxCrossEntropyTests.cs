using MathNet.Numerics.LinearAlgebra;
using static Nabla.Tests.Losses.SoftmaxCrossEntropyGradCheckTests;

namespace Nabla.Tests.Losses;

/// <summary>
/// The fused softmax cross-entropy against the composed route it replaced, <c>NllLoss(u.LogSoftmax(), y)</c> and
/// <c>-(d * u.LogSoftmax()).Sum(1)</c> reduced: the same operations in the same order, so the same loss to the last bit;
/// gradients agree to rounding (the fused rule softmax(u) - d rounds differently from the chain of seven backward rules).
/// </summary>
public sealed class SoftmaxCrossEntropyTests
{
    private const double GradientTolerance = 1e-15;    // absolute; every entry here is at most ~1.5 in size

    private static readonly Reduction[] Reductions = [Reduction.Mean, Reduction.Sum, Reduction.None];

    public static TheoryData<string> LogitCases => new("random (4, 3)", "random (64, 10)", "logits of +-1000", "equal logits", "one class");

    [Theory]
    [MemberData(nameof(LogitCases))]
    public void FusedAndComposedGiveTheSameLossToTheLastBitWithLabels(string name)
    {
        var (z, labels) = Logits(name);
        foreach (var r in Reductions)
        {
            var (fused, composed) = (Variable(z.Clone()), Variable(z.Clone()));
            var lossFused = Loss.CrossEntropy(fused, labels, r);
            var lossComposed = Loss.NllLoss(composed.LogSoftmax(), labels, r);
            AssertSameBits(lossComposed.Data, lossFused.Data, $"{name} {r}");

            BackwardFrom(lossFused, r);
            BackwardFrom(lossComposed, r);
            AssertClose(composed.Grad, fused.Grad, GradientTolerance, $"{name} {r} dL/du");
        }
    }

    [Theory]
    [MemberData(nameof(LogitCases))]
    public void FusedAndComposedGiveTheSameLossToTheLastBitWithSoftTargets(string name)
    {
        var (z, labels) = Logits(name);
        var d = SoftTargets(labels, z.ColumnCount, new Random(3));
        foreach (var r in Reductions)
        {
            var (fused, composed) = (Variable(z.Clone()), Variable(z.Clone()));
            var (dFused, dComposed) = (Variable(d.Clone()), Variable(d.Clone()));
            var lossFused = Loss.CrossEntropy(fused, dFused, r);
            var lossComposed = Composed(composed, dComposed, r);
            AssertSameBits(lossComposed.Data, lossFused.Data, $"{name} {r}");

            BackwardFrom(lossFused, r);
            BackwardFrom(lossComposed, r);
            AssertClose(composed.Grad, fused.Grad, GradientTolerance, $"{name} {r} dL/du");
            AssertClose(dComposed.Grad, dFused.Grad, 1e-12 * Math.Max(1, dComposed.Grad.InfinityNorm()), $"{name} {r} dL/dd");
        }
    }

    [Fact]
    public void NanAndInfinityGoWhereTheyWentBefore()
    {
        // Row 0 holds NaN, row 1 +infinity (NaN: inf - inf), row 2 -infinity outside the label column (finite, as the
        // composed route picks the label's entry instead of multiplying by a one-hot row), row 3 -infinity AT the label.
        var z = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { double.NaN, 1, 2 }, { double.PositiveInfinity, 0, 1 }, { double.NegativeInfinity, 0, 1 }, { 0, double.NegativeInfinity, 1 },
        });
        int[] labels = [1, 2, 1, 1];
        var fused = Loss.CrossEntropy(Variable(z.Clone()), labels, Reduction.None).Data;
        var composed = Loss.NllLoss(Variable(z.Clone()).LogSoftmax(), labels, Reduction.None).Data;

        AssertSameBits(composed, fused, "per-example losses");
        Assert.True(double.IsNaN(fused[0, 0]) && double.IsNaN(fused[1, 0]));
        Assert.Equal(Math.Log(1 + Math.E), fused[2, 0], 1e-15);           // ln(e^-inf + e^0 + e^1) - u_1, u_1 = 0
        Assert.Equal(double.PositiveInfinity, fused[3, 0]);
        Assert.True(double.IsNaN(Loss.CrossEntropy(Variable(z.Clone()), labels).Item()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void EqualLogitsGiveLnCForEveryTargetAndGradientOneOverCMinusTheTarget(int classes)
    {
        // Softmax of equal logits is uniform: -ln(1/C) = ln C per example, whatever the target distribution.
        var logits = Variable(Matrix<double>.Build.Dense(4, classes, -2.5));
        int[] labels = [0, classes - 1, 1, 0];
        var d = SoftTargets(labels, classes, new Random(classes));

        var perExample = Loss.CrossEntropy(logits, labels, Reduction.None);
        Assert.All(perExample.Data.Enumerate(), l => Assert.Equal(Math.Log(classes), l, 1e-15));
        Assert.All(Loss.CrossEntropy(logits, Variable(d), Reduction.None).Data.Enumerate(), l => Assert.Equal(Math.Log(classes), l, 1e-14));
        var mean = Loss.CrossEntropy(logits, Variable(d));
        Assert.Equal(Math.Log(classes), mean.Item(), 1e-15);

        mean.Backward();                                                   // dL/du = (1/C - d) / N
        for (var i = 0; i < 4; i++)
        {
            for (var k = 0; k < classes; k++)
            {
                Assert.Equal((1.0 / classes - d[i, k]) / 4, logits.Grad[i, k], 1e-16);
            }
        }
    }

    /// <summary>The composed route for target probabilities, as CrossEntropy computed it before the fused operation.</summary>
    private static Tensor Composed(Tensor logits, Tensor targets, Reduction r)
    {
        var terms = -(targets * logits.LogSoftmax()).Sum(1);       // (N, 1)
        return r switch { Reduction.Mean => terms.Mean(), Reduction.Sum => terms.Sum(), _ => terms };
    }

    /// <summary>Backward from a 1x1 loss, or from sum_i w_i L_i with unequal weights for Reduction.None.</summary>
    private static void BackwardFrom(Tensor loss, Reduction r)
    {
        var weights = Matrix<double>.Build.Dense(loss.Rows, 1, (i, _) => 0.5 + 0.25 * (i % 5));
        (r == Reduction.None ? (loss * new Tensor(weights, requiresGrad: false)).Sum() : loss).Backward();
    }

    private static (Matrix<double> Logits, int[] Labels) Logits(string name)
    {
        var rng = new Random(7);
        Matrix<double> Random(int n, int c) => Matrix<double>.Build.Dense(n, c, (_, _) => 3 * (2 * rng.NextDouble() - 1));
        int[] Labels(int n, int c) => Enumerable.Range(0, n).Select(_ => rng.Next(c)).ToArray();
        return name switch
        {
            "random (4, 3)" => (Random(4, 3), Labels(4, 3)),
            "random (64, 10)" => (Random(64, 10), Labels(64, 10)),
            "logits of +-1000" => (Matrix<double>.Build.DenseOfArray(new[,]
            {
                { 1000.0, -1000, 0, 3 }, { -1000, 1000, 2, 1 }, { 1000, 1000, -1000, 0 }, { -1000, -1000, -1000, 1000 },
            }), [1, 1, 0, 2]),
            "equal logits" => (Matrix<double>.Build.DenseOfArray(new[,] { { 0.7, 0.7, 0.7 }, { 1.0, 2, 3 }, { -4, -4, -4 } }), [2, 0, 1]),
            "one class" => (Random(3, 1), [0, 0, 0]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case"),
        };
    }

    /// <summary>Every entry has the same 64 bits (any NaN matches any NaN: its sign and payload carry no meaning).</summary>
    private static void AssertSameBits(Matrix<double> expected, Matrix<double> actual, string what)
    {
        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        for (var i = 0; i < expected.RowCount; i++)
        {
            for (var j = 0; j < expected.ColumnCount; j++)
            {
                var same = double.IsNaN(expected[i, j])
                    ? double.IsNaN(actual[i, j])
                    : BitConverter.DoubleToInt64Bits(expected[i, j]) == BitConverter.DoubleToInt64Bits(actual[i, j]);
                Assert.True(same,
                    $"{what} [{i}, {j}]: composed {expected[i, j]:R}, fused {actual[i, j]:R}");
            }
        }
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, double tolerance, string what)
    {
        var gap = (expected - actual).Enumerate().Max(Math.Abs);
        Assert.True(gap <= tolerance, $"{what}: largest difference {gap:E2} > {tolerance:E0}");
    }
}
