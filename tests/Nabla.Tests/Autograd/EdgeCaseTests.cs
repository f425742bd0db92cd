namespace Nabla.Tests.Autograd;

/// <summary>Edge cases worked out by hand: column broadcasting in Add, empty tensors, ArgMax with several NaNs, GradCheck ties.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void AddRepeatsAColumnAcrossColumns()
    {
        // [[1], [2]] + [[10, 20], [30, 40]]: the column is added to each column; dL/da sums each row of the ones.
        var a = Tensor.Column([1.0, 2.0], requiresGrad: true);
        var b = Tensor.FromArray(new double[,] { { 10, 20 }, { 30, 40 } }, requiresGrad: true);
        var c = a + b;
        Assert.Equal(new double[,] { { 11, 21 }, { 32, 42 } }, c.Data.ToArray());
        Assert.Equal(new double[,] { { 11, 21 }, { 32, 42 } }, (b + a).Data.ToArray());
        c.Sum().Backward();
        Assert.Equal(new double[,] { { 2 }, { 2 } }, a.Grad.ToArray());
        Assert.Equal(new double[,] { { 1, 1 }, { 1, 1 } }, b.Grad.ToArray());
    }

    [Fact]
    public void AddOfAnEmptyBatchAndARowIsAnEmptyBatch()
    {
        // (0, 2) + (1, 2) broadcasts to (0, 2), as in PyTorch: zero rows is a valid size.
        var c = Tensor.Zeros(0, 2) + Tensor.Row(1.0, 2.0);
        Assert.Equal(new Shape(0, 2), c.Shape);
        var d = Tensor.Zeros(2, 0) + Tensor.Column(1.0, 2.0);
        Assert.Equal(new Shape(2, 0), d.Shape);
    }

    [Fact]
    public void ArgMaxOfNoRowsAndNoColumnsIsEmpty()
    {
        Assert.Empty(Tensor.Zeros(0, 0).ArgMax());
        Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(1, 0).ArgMax());
    }

    [Fact]
    public void ArgMaxPicksTheFirstNaN()
    {
        // The first NaN wins (as torch.argmax), even when another NaN follows.
        var t = Tensor.FromArray(new double[,] { { 1, double.NaN, 5, double.NaN }, { double.NaN, 1, double.NaN, 9 } });
        Assert.Equal([1, 0], t.ArgMax());
    }

    [Fact]
    public void GradCheckOfAConstantLossReportsTheFirstEntryAndZeroErrors()
    {
        // L = sum(0 * x): backprop and finite differences are both exactly 0, so every relative error is 0;
        // the worst entry is the first one (no later entry is strictly worse), and the overall error is 0, not 0/0.
        var x = Tensor.FromArray(new double[,] { { 1, 2 }, { 3, 4 } }, requiresGrad: true);
        var report = GradCheck.Run(() => (x * 0).Sum(), x);
        Assert.Equal(new GradCheckEntry(0, 0, 0, 0, 0, 0), report.Worst);
        Assert.Equal(0, report.OverallRelativeError);
        Assert.Equal(4, report.Count);
        Assert.True(report.Passed(tolerance: 0));
        report.EnsurePassed(tolerance: 0);
    }

    [Fact]
    public void GradCheckReportPrintsCountWorstEntryAndOverallError()
    {
        var report = new GradCheckReport(new GradCheckEntry(1, 2, 3, 0.5, 0.25, 0.5), 0.125, 7);
        Assert.Equal(
            "7 entries, worst relative error 5.00E-001 at input 1 [2, 3] (backprop 0.5, finite differences 0.25); overall 1.25E-001",
            report.ToString());
        Assert.False(report.Passed(0.4));
        Assert.True(report.Passed(0.5));
    }
}
