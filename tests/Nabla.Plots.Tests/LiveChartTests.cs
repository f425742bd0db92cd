namespace Nabla.Plots.Tests;

public sealed class LiveChartTests
{
    /// <summary>A clock that moves only when told to.</summary>
    private sealed class FakeClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void Redraws_once_per_report_and_the_last_chart_has_every_point()
    {
        var charts = new List<GenericChart>();
        var live = new LiveChart(charts.Add);
        IProgress<EpochResult> progress = live;

        foreach (var e in LearningCurvesTests.Run())
        {
            progress.Report(e);
        }

        Assert.Equal(3, charts.Count);
        Assert.Equal(3, live.Redraws);
        var last = ChartJson.Of(charts[^1]);
        Assert.Equal(["train", "validation", "best epoch 2"], last.Names);
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(last.Trace("train"), "x"));
        Assert.Equal([1.1, 0.8, 0.9], ChartJson.Numbers(last.Trace("validation"), "y"));
        Assert.Single(ChartJson.Of(charts[0]).Trace("train").GetProperty("y").EnumerateArray());
    }

    [Fact]
    public void Hand_written_loops_report_tuples_and_accuracy_stars_the_highest()
    {
        var charts = new List<GenericChart>();
        var live = new LiveChart(charts.Add, metric: "accuracy");
        live.Report((1, 0.5, 0.4));
        live.Report((2, 0.7, null));
        live.Report((3, 0.8, 0.6));

        var last = ChartJson.Of(charts[^1]);
        Assert.Equal([0.4, null, 0.6], ChartJson.Numbers(last.Trace("validation"), "y"));
        Assert.Equal([3.0], ChartJson.Numbers(last.Trace("best epoch 3"), "x"));
        Assert.Equal(3, live.Count);
    }

    [Fact]
    public void Throttled_reports_wait_until_the_interval_has_passed_or_a_flush()
    {
        var clock = new FakeClock();
        var charts = new List<GenericChart>();
        var live = new LiveChart(charts.Add, throttle: TimeSpan.FromSeconds(1), clock: clock);

        live.Report((1, 1.0, null));                                      // the first report always draws
        clock.Ticks += TimeSpan.TicksPerSecond / 2;
        live.Report((2, 0.5, null));                                      // too soon
        Assert.Single(charts);
        clock.Ticks += TimeSpan.TicksPerSecond;
        live.Report((3, 0.4, null));
        Assert.Equal(2, charts.Count);
        live.Report((4, 0.3, null));
        live.Flush();
        Assert.Equal(3, charts.Count);
        live.Flush();                                                     // nothing new: no redraw
        Assert.Equal(3, charts.Count);
        Assert.Equal(4, ChartJson.Numbers(ChartJson.Of(charts[^1]).Trace("train"), "y").Length);
    }

    [Fact]
    public void Rejects_an_unknown_metric()
    {
        Assert.StartsWith("LiveChart: metric must be \"loss\" or \"accuracy\", got \"f1\"",
            Assert.Throws<ArgumentException>(() => new LiveChart(_ => { }, metric: "f1")).Message);
        Assert.Empty(ChartJson.Numbers(ChartJson.Of(new LiveChart(_ => { }).Chart).Trace("train"), "x"));
    }
}
