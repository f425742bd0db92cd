namespace Nabla.Tests.Training;

/// <summary>The confusion matrix counts (actual, predicted) pairs: rows sum to class counts, the diagonal to the hits.</summary>
public sealed class ConfusionMatrixTests
{
    [Fact]
    public void CountsEachActualPredictedPair()
    {
        int[] actual = [0, 0, 0, 1, 1, 2, 2, 2, 2];
        int[] predicted = [0, 0, 1, 1, 2, 2, 2, 0, 2];
        var counts = ConfusionMatrix.Count(actual, predicted, 3);

        Assert.Equal(new[,] { { 2, 1, 0 }, { 0, 1, 1 }, { 1, 0, 3 } }, counts);
        for (var a = 0; a < 3; a++)
        {
            Assert.Equal(actual.Count(y => y == a), Enumerable.Range(0, 3).Sum(p => counts[a, p]));   // row sum = class size
        }

        Assert.Equal(6, Enumerable.Range(0, 3).Sum(k => counts[k, k]));                              // diagonal = correct
    }

    [Fact]
    public void ClassesWithoutExamplesGiveZeroRows()
    {
        var counts = ConfusionMatrix.Count([1], [3], 4);
        Assert.Equal(4, counts.GetLength(0));
        Assert.Equal(1, counts[1, 3]);
        Assert.Equal(1, counts.Cast<int>().Sum());
        Assert.Equal(new int[2, 2], ConfusionMatrix.Count([], [], 2));
    }

    [Fact]
    public void RejectsMismatchedLengthsAndOutOfRangeClasses()
    {
        Assert.StartsWith("ConfusionMatrix.Count expects one prediction per example, got 2 actual and 1 predicted",
            Assert.Throws<ArgumentException>(() => ConfusionMatrix.Count([0, 1], [0], 2)).Message);
        Assert.StartsWith("ConfusionMatrix.Count expects predicted classes in 0..1, found 2 at index 1",
            Assert.Throws<ArgumentException>(() => ConfusionMatrix.Count([0, 1], [0, 2], 2)).Message);
        Assert.StartsWith("ConfusionMatrix.Count expects actual classes in 0..1, found -1 at index 0",
            Assert.Throws<ArgumentException>(() => ConfusionMatrix.Count([-1], [0], 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.Count([], [], 0));
    }
}
