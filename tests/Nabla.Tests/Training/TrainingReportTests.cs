namespace Nabla.Tests.Training;

/// <summary>
/// What a run reports (issue 18, mutation testing): an epoch's line with accuracies in percent, the history's best
/// epoch (ties go to the earlier one), its total time and its summary line, each checked against text written out here.
/// </summary>
public sealed class TrainingReportTests
{
    private static EpochResult Epoch(int epoch, double trainLoss, double? validationLoss = null, double seconds = 0.5) =>
        new(epoch, trainLoss, null, validationLoss, null, seconds, 4);

    [Fact]
    public void AnEpochPrintsItsLossesAndItsAccuraciesInPercent()
    {
        Assert.Equal("epoch 3: train loss 0.2134 acc 93.1% | validation loss 0.2561 acc 91.0% | 10 iterations, 0.05 s",
            new EpochResult(3, 0.21344, 0.931, 0.25612, 0.91, 0.054, 10).ToString());
        Assert.Equal("epoch 1: train loss 0.5000 acc 97.5% | 4 iterations, 1.25 s", new EpochResult(1, 0.5, 0.975, null, null, 1.25, 4).ToString());
        Assert.Equal("epoch 2: train loss 1.5000 | validation loss 2.2500 | 4 iterations, 0.00 s",
            new EpochResult(2, 1.5, null, 2.25, null, 0.001, 4).ToString());
    }

    [Fact]
    public void ALossEqualToTheBestSoFarIsNotANewBest()
    {
        var validated = new History([Epoch(1, 0.9, 0.5), Epoch(2, 0.4, 0.3), Epoch(3, 0.2, 0.3)], stoppedEarly: false, restoredBest: false);
        Assert.Equal(2, validated.BestEpoch);                          // epoch 3 only ties epoch 2's validation loss
        Assert.Same(validated[1], validated.Best);

        var trainedOnly = new History([Epoch(1, 0.7), Epoch(2, 0.7)], stoppedEarly: false, restoredBest: false);
        Assert.Equal(1, trainedOnly.BestEpoch);                        // no validation set: the training loss decides
    }

    [Fact]
    public void AHistoryWithoutAFiniteLossHasNoBestEpoch()
    {
        foreach (var history in new[]
        {
            new History([], stoppedEarly: false, restoredBest: false),
            new History([Epoch(1, double.NaN), Epoch(2, double.NaN)], stoppedEarly: false, restoredBest: false),
        })
        {
            Assert.Equal(0, history.BestEpoch);
            var e = Assert.Throws<InvalidOperationException>(() => history.Best);
            Assert.Equal("History has no best epoch: no epoch completed with a finite loss.", e.Message);
        }
    }

    [Fact]
    public void SecondsIsTheTotalOverAllEpochs()
    {
        var history = new History([Epoch(1, 0.5, seconds: 0.5), Epoch(2, 0.4, seconds: 0.25), Epoch(3, 0.3, seconds: 1.0)], false, false);
        Assert.Equal(1.75, history.Seconds);
    }

    [Theory]
    [InlineData(false, false, "best epoch 2 of 2")]
    [InlineData(true, false, "best epoch 2 of 2 (stopped early)")]
    [InlineData(false, true, "best epoch 2 of 2, its weights restored")]
    [InlineData(true, true, "best epoch 2 of 2 (stopped early), its weights restored")]
    public void TheSummaryListsTheEpochsThenTheBestAndHowTheRunEnded(bool stoppedEarly, bool restoredBest, string summary)
    {
        var history = new History([Epoch(1, 0.5, seconds: 0.5), Epoch(2, 0.25, seconds: 0.25)], stoppedEarly, restoredBest);
        Assert.Equal(string.Join(Environment.NewLine,
            "epoch 1: train loss 0.5000 | 4 iterations, 0.50 s",
            "epoch 2: train loss 0.2500 | 4 iterations, 0.25 s",
            summary), history.ToString());
    }
}
