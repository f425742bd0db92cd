using Xunit.Abstractions;

namespace Nabla.Tests.Activations;

/// <summary>
/// Every activation with the parameters of the reference file: the gradient of sum(f(x) * W) agrees with
/// centred finite differences (worst relative error &lt;= 1e-7). x has |x| in [0.2, 2] (off ReLU's kink
/// at 0) and avoids the stationary points of GELU (x = -0.75) and SiLU (x = -1.28), where the gradient
/// is ~0 and a relative error means nothing; |W| is in [0.5, 1.5].
/// </summary>
public sealed class ActivationGradCheckTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-7;

    public static TheoryData<string> Cases => ActivationCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientMatchesFiniteDifferences(string name)
    {
        var c = TorchReference.Case(ActivationCases.File, name);
        var rng = new Random(17);
        var x = GradCheckInputs.Fill(2, 4, (_, _) => OffStationaryPoints(rng));
        var W = GradCheckInputs.Signed(rng, 2, 4, 0.5, 1.5);

        var report = GradCheck.Run(() => (ActivationCases.Apply(c, x) * W).Sum(), x);

        Assert.Equal(8, report.Count);
        Assert.True(report.Passed(Tolerance), $"{name}: {report}");
        output.WriteLine($"{name}: {report}");
    }

    private static double OffStationaryPoints(Random rng)
    {
        while (true)
        {
            var x = GradCheckInputs.Signed(rng, 0.2, 2.0);
            if (Math.Abs(x + 0.7518) > 0.15 && Math.Abs(x + 1.2785) > 0.15)
            {
                return x;
            }
        }
    }
}
