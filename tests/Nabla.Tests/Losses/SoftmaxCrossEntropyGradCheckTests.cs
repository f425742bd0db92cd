using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace Nabla.Tests.Losses;

/// <summary>
/// The fused softmax cross-entropy (what <see cref="Loss.CrossEntropy(Tensor, int[], Reduction)"/> runs) has its own
/// backward rule, softmax(u) - d; centred finite differences confirm it for several shapes, for labels and soft
/// targets (also dL/dd), and for every reduction (None through sum(w * loss) with unequal weights w, so each row's
/// own upstream gradient is checked). Worst relative error &lt;= 1e-7, as for every loss.
/// </summary>
public sealed class SoftmaxCrossEntropyGradCheckTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-7;

    public static TheoryData<int, int, bool, Reduction> Cases()
    {
        var data = new TheoryData<int, int, bool, Reduction>();
        foreach (var (n, c) in new[] { (1, 2), (4, 3), (5, 7), (3, 10) })
        {
            foreach (var soft in new[] { false, true })
            {
                foreach (var reduction in new[] { Reduction.Mean, Reduction.Sum, Reduction.None })
                {
                    data.Add(n, c, soft, reduction);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientMatchesFiniteDifferences(int n, int c, bool soft, Reduction reduction)
    {
        var rng = new Random(100 * n + c);
        var logits = Variable(Matrix<double>.Build.Dense(n, c, (_, _) => GradCheckInputs.Signed(rng, 0.2, 1.5)));
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(c)).ToArray();
        var targets = Variable(SoftTargetsAwayFromSoftmax(logits.Data, labels, rng));
        var weights = new Tensor(Matrix<double>.Build.Dense(n, 1, (_, _) => 0.5 + rng.NextDouble()), requiresGrad: false);

        Tensor Build()
        {
            var loss = soft ? Loss.CrossEntropy(logits, targets, reduction) : Loss.CrossEntropy(logits, labels, reduction);
            return reduction == Reduction.None ? (loss * weights).Sum() : loss;     // (N, 1) -> sum_i w_i L_i
        }

        var report = soft ? GradCheck.Run(Build, logits, targets) : GradCheck.Run(Build, logits);

        Assert.Equal(soft ? 2 * n * c : n * c, report.Count);
        Assert.True(report.Passed(Tolerance), $"({n}, {c}) {(soft ? "soft targets" : "labels")} {reduction}: {report}");
        output.WriteLine($"({n}, {c}) {(soft ? "soft targets" : "labels")} {reduction}: {report}");
    }

    /// <summary>0.6 one-hot + 0.4 a random distribution: soft rows that sum to 1, every entry inside (0, 1).</summary>
    internal static Matrix<double> SoftTargets(int[] labels, int classes, Random rng)
    {
        var d = Matrix<double>.Build.Dense(labels.Length, classes, (_, _) => 0.05 + rng.NextDouble()).NormalizeRows(1.0) * 0.4;
        for (var i = 0; i < labels.Length; i++)
        {
            d[i, labels[i]] += 0.6;
        }

        return d;
    }

    /// <summary>
    /// <see cref="SoftTargets"/>, drawn again row by row until every d_k differs from softmax(u)_k by at least 0.01: then
    /// no entry of dL/du = softmax(u) - d is so close to 0 that finite-difference noise dominates it.
    /// </summary>
    private static Matrix<double> SoftTargetsAwayFromSoftmax(Matrix<double> logits, int[] labels, Random rng)
    {
        var d = SoftTargets(labels, logits.ColumnCount, rng);
        for (var i = 0; i < logits.RowCount; i++)
        {
            var e = logits.Row(i).Map(Math.Exp);
            var p = e / e.Sum();                                           // softmax of row i, by hand
            while (Enumerable.Range(0, p.Count).Any(k => Math.Abs(p[k] - d[i, k]) < 0.01))
            {
                d.SetRow(i, SoftTargets([labels[i]], logits.ColumnCount, rng).Row(0));
            }
        }

        return d;
    }

    internal static Tensor Variable(Matrix<double> m) => new(m, requiresGrad: true);
}
