using Xunit.Abstractions;

namespace Nabla.Tests.Losses;

/// <summary>
/// Every loss, both reductions: back-propagated gradients with respect to every differentiable input
/// agree with centred finite differences (worst relative error &lt;= 1e-7). Inputs come from
/// <see cref="GradCheckInputs"/>: off the kinks (e = 0 for MAE; |e| = delta for Huber) and with no
/// gradient entry close to zero.
/// </summary>
public sealed class LossGradCheckTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-7;

    public static TheoryData<string, Reduction> Cases()
    {
        var data = new TheoryData<string, Reduction>();
        string[] losses = ["MseLoss", "L1Loss", "HuberLoss", "BinaryCrossEntropy", "BinaryCrossEntropySoft",
            "BinaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsSoft", "CrossEntropy", "CrossEntropyTargets",
            "NllLoss", "GaussianNllLoss", "GaussianNllLossSharedVariance"];
        foreach (var loss in losses)
        {
            data.Add(loss, Reduction.Mean);
            data.Add(loss, Reduction.Sum);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientMatchesFiniteDifferences(string loss, Reduction reduction)
    {
        var (build, inputs) = Build(loss, reduction, new Random(2024));

        var report = GradCheck.Run(build, inputs);

        Assert.True(report.Count >= 12, $"{loss}: only {report.Count} entries compared");
        Assert.True(report.Passed(Tolerance), $"{loss} ({reduction}): {report}");
        output.WriteLine($"{loss} ({reduction}): {report}");
    }

    private static (Func<Tensor> Loss, Tensor[] Inputs) Build(string loss, Reduction r, Random rng)
    {
        var pred = GradCheckInputs.Signed(rng, 4, 3, 0.2, 1.5);         // (4, 3)
        switch (loss)
        {
            case "MseLoss" or "L1Loss":
            {
                var target = new Tensor(pred.Data - GradCheckInputs.Signed(rng, 4, 3, 0.2, 1.2).Data, requiresGrad: true);
                Func<Tensor> build = loss == "MseLoss"
                    ? () => Loss.MseLoss(pred, target, r)
                    : () => Loss.L1Loss(pred, target, r);
                return (build, [pred, target]);
            }

            case "HuberLoss":
            {
                const double delta = 0.7;                               // alternate entries inside and outside delta
                var e = GradCheckInputs.Fill(4, 3, (i, j) => (i + j) % 2 == 0
                    ? GradCheckInputs.Signed(rng, 0.2, 0.6)
                    : GradCheckInputs.Signed(rng, 0.8, 3.0));
                var target = new Tensor(pred.Data - e.Data, requiresGrad: true);
                return (() => Loss.HuberLoss(pred, target, delta, r), [pred, target]);
            }

            case "BinaryCrossEntropy" or "BinaryCrossEntropySoft":
            {
                // p away from 1/2 (so that dL/dt = ln((1-p)/p) is not ~0); soft targets on the other side of 1/2.
                var p = GradCheckInputs.Fill(4, 3, (_, _) => 0.5 + GradCheckInputs.Signed(rng, 0.1, 0.4));
                var t = GradCheckInputs.Fill(4, 3, (i, j) => loss == "BinaryCrossEntropy"
                    ? rng.Next(2)
                    : p.Data[i, j] > 0.5 ? 0.1 + 0.3 * rng.NextDouble() : 0.6 + 0.3 * rng.NextDouble());
                // hard targets 0 and 1 sit on the edges of [0, 1]: a finite difference would step outside the range the
                // loss accepts, so dL/dt is checked with the soft targets only
                return (() => Loss.BinaryCrossEntropy(p, t, r), loss == "BinaryCrossEntropy" ? [p] : [p, t]);
            }

            case "BinaryCrossEntropyWithLogits" or "BinaryCrossEntropyWithLogitsSoft":
            {
                var t = GradCheckInputs.Fill(4, 3, (i, j) => loss == "BinaryCrossEntropyWithLogits"
                    ? rng.Next(2)
                    : pred.Data[i, j] > 0 ? 0.1 + 0.3 * rng.NextDouble() : 0.6 + 0.3 * rng.NextDouble());
                return (() => Loss.BinaryCrossEntropyWithLogits(pred, t, r), loss == "BinaryCrossEntropyWithLogits" ? [pred] : [pred, t]);
            }

            case "CrossEntropy":
                return (() => Loss.CrossEntropy(pred, [2, 0, 1, 1], r), [pred]);

            case "CrossEntropyTargets":
            {
                // 0.6 one-hot + 0.4 uniform: entries 0.733 and 0.133, soft but not equal to the softmax.
                var targets = new Tensor(0.6 * Loss.OneHot([1, 2, 0, 2], 3) + 0.4 / 3, requiresGrad: true);
                return (() => Loss.CrossEntropy(pred, targets, r), [pred, targets]);
            }

            case "NllLoss":
            {
                var logP = new Tensor(pred.LogSoftmax().Data, requiresGrad: true);      // log-probabilities as a leaf
                return (() => Loss.NllLoss(logP, [0, 2, 2, 1], r), [logP]);
            }

            case "GaussianNllLoss" or "GaussianNllLossSharedVariance":
            {
                var columns = loss == "GaussianNllLoss" ? 3 : 1;
                var s = GradCheckInputs.Signed(rng, 4, columns, 0.1, 1.0);                // ln sigma^2
                var e = GradCheckInputs.Fill(4, 3, (i, j) =>                             // |e| / sigma in [0.3, 0.8] or [1.25, 2]
                    Math.Exp(s.Data[i, j % columns] / 2) * (rng.Next(2) == 0 ? -1 : 1) *
                    (rng.Next(2) == 0 ? 0.3 + 0.5 * rng.NextDouble() : 1.25 + 0.75 * rng.NextDouble()));
                var target = new Tensor(pred.Data - e.Data, requiresGrad: true);
                return (() => Loss.GaussianNllLoss(pred, target, s, reduction: r), [pred, s, target]);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(loss), loss, "unknown loss");
        }
    }
}
