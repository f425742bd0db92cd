namespace Nabla.Tests.Autograd;

/// <summary>
/// Every operation records its name in <see cref="Tensor.Op"/> (shown by ToString and graph drawings); the
/// scalar compositions (c * t, c + t, t - c) record the operation they reduce to, with the constant they use.
/// </summary>
public sealed class OpNameTests
{
    private static Tensor A() => Tensor.FromArray(new double[,] { { 1, 2 }, { 3, 4 } }, requiresGrad: true);

    public static TheoryData<string, Func<Tensor>> Ops() => new()
    {
        { "+", () => A() + A() },
        { "*", () => A() * A() },
        { "/", () => A() / A() },
        { "neg", () => -A() },
        { "*3", () => A() * 3 },
        { "*2", () => 2 * A() },
        { "+3", () => A() + 3 },
        { "+5", () => 5 + A() },
        { "+-3", () => A() - 3 },
        { "matmul", () => A().MatMul(A()) },
        { "T", () => A().Transpose() },
        { "reshape", () => A().Reshape(1, 4) },
        { "^2", () => A().Pow(2) },
        { "exp", () => A().Exp() },
        { "log", () => A().Log() },
        { "abs", () => A().Abs() },
        { "clamp_min2", () => A().ClampMin(2) },
        { "clamp_max3", () => A().ClampMax(3) },
        { "clamp[2, 3]", () => A().Clamp(2, 3) },
        { "where", () => Tensor.Where(A().Data, A(), A()) },
        { "sum", () => A().Sum() },
        { "sum0", () => A().Sum(0) },
        { "sum1", () => A().Sum(1) },
    };

    [Theory]
    [MemberData(nameof(Ops))]
    public void OperationRecordsItsName(string expected, Func<Tensor> make)
    {
        var t = make();
        Assert.Equal(expected, t.Op);
        Assert.StartsWith($"Tensor {t.Shape} op={expected}", t.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScalarCompositionsComputeTheRightValues()
    {
        // By hand from [[1, 2], [3, 4]].
        Assert.Equal(new double[,] { { 2, 4 }, { 6, 8 } }, (2 * A()).Data.ToArray());
        Assert.Equal(new double[,] { { 6, 7 }, { 8, 9 } }, (5 + A()).Data.ToArray());
        Assert.Equal(new double[,] { { -2, -1 }, { 0, 1 } }, (A() - 3).Data.ToArray());
    }
}
