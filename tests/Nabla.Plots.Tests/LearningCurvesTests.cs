namespace Nabla.Plots.Tests;

public sealed class LearningCurvesTests
{
    internal static History Run() => new(
        [
            new EpochResult(1, 1.0, 0.5, 1.1, 0.4, 0.1, 10),
            new EpochResult(2, 0.6, 0.7, 0.8, 0.6, 0.1, 10),
            new EpochResult(3, 0.3, 0.9, 0.9, 0.55, 0.1, 10),
        ],
        stoppedEarly: false,
        restoredBest: false);

    [Fact]
    public void Train_and_validation_per_epoch_with_a_star_at_the_best_epoch()
    {
        var chart = ChartJson.Of(Plot.LearningCurves([1.0, 0.6, 0.3], [1.1, 0.8, 0.9], bestEpoch: 2));

        Assert.Equal(["train", "validation", "best epoch 2"], chart.Names);
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(chart.Trace("train"), "x"));
        Assert.Equal([1.1, 0.8, 0.9], ChartJson.Numbers(chart.Trace("validation"), "y"));
        var star = chart.Trace("best epoch 2");
        Assert.Equal([2.0], ChartJson.Numbers(star, "x"));
        Assert.Equal([0.8], ChartJson.Numbers(star, "y"));
        Assert.Equal("Loss per epoch", chart.Title);
        Assert.Equal("epoch", chart.AxisTitle("xaxis"));
        Assert.Equal("loss", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void Train_only_log_scale_and_another_metric()
    {
        var chart = ChartJson.Of(Plot.LearningCurves([0.5, 0.9], logY: true, metric: "accuracy"));

        Assert.Equal(["train"], chart.Names);
        Assert.Equal("log", chart.AxisType("yaxis"));
        Assert.Equal("Accuracy per epoch", chart.Title);
    }

    [Fact]
    public void Empty_curves_give_empty_axes()
    {
        var chart = ChartJson.Of(Plot.LearningCurves(Array.Empty<double>()));
        Assert.Empty(ChartJson.Numbers(chart.Trace("train"), "y"));
    }

    [Fact]
    public void Rejects_mismatched_validation_and_a_best_epoch_out_of_range()
    {
        Assert.StartsWith("LearningCurves: train has 3 epochs but validation has 2",
            Assert.Throws<ArgumentException>(() => Plot.LearningCurves([1.0, 2, 3], [1.0, 2])).Message);
        Assert.StartsWith("LearningCurves: bestEpoch must be between 1 and 3 (epochs count from 1), got 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => Plot.LearningCurves([1.0, 2, 3], bestEpoch: 0)).Message);
    }

    [Fact]
    public void History_gives_loss_curves_starred_at_its_best_epoch()
    {
        var chart = ChartJson.Of(Plot.LearningCurves(Run()));

        Assert.Equal(["train", "validation", "best epoch 2"], chart.Names);
        Assert.Equal([1.0, 0.6, 0.3], ChartJson.Numbers(chart.Trace("train"), "y"));
        Assert.Equal([0.8], ChartJson.Numbers(chart.Trace("best epoch 2"), "y"));
    }

    [Fact]
    public void History_accuracy_and_its_errors()
    {
        var chart = ChartJson.Of(Plot.LearningCurves(Run(), metric: "accuracy", markBest: false));
        Assert.Equal(["train", "validation"], chart.Names);
        Assert.Equal([0.4, 0.6, 0.55], ChartJson.Numbers(chart.Trace("validation"), "y"));

        Assert.StartsWith("LearningCurves: metric must be \"loss\" or \"accuracy\", got \"f1\"",
            Assert.Throws<ArgumentException>(() => Plot.LearningCurves(Run(), metric: "f1")).Message);
        var regression = new History([new EpochResult(1, 1.0, null, null, null, 0.1, 1)], false, false);
        Assert.StartsWith("LearningCurves: the history has no accuracy",
            Assert.Throws<ArgumentException>(() => Plot.LearningCurves(regression, metric: "accuracy")).Message);
        Assert.Equal(["train", "best epoch 1"], ChartJson.Of(Plot.LearningCurves(regression)).Names);
    }
}
