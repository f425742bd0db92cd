namespace Nabla.Tests.Losses;

/// <summary><see cref="Loss.OneHot"/>: one 1 per row, in the label's column.</summary>
public sealed class OneHotTests
{
    [Fact]
    public void PutsASingleOneInEachRowAtTheLabel()
    {
        var oneHot = Loss.OneHot([2, 0, 1, 2], 3);

        Assert.Equal(
            new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
            oneHot.ToArray());
    }

    [Fact]
    public void AnEmptyLabelListGivesAnEmptyMatrixWithTheClassColumns()
    {
        var oneHot = Loss.OneHot([], 4);
        Assert.Equal((0, 4), (oneHot.RowCount, oneHot.ColumnCount));
    }

    [Fact]
    public void RejectsLabelsOutsideTheClasses()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.OneHot([0, 1, 4], 4));
        Assert.StartsWith("OneHot expects labels in 0..3 (4 classes), got 4 at index 2.", error.Message);
    }

    [Fact]
    public void RejectsFewerThanOneClass()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Loss.OneHot([0], 0));
        Assert.StartsWith("OneHot expects at least 1 class, got 0.", error.Message);
    }
}
