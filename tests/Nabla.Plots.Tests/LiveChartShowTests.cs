namespace Nabla.Plots.Tests;

/// <summary><see cref="LiveChart.Show"/>: the notebook's display, set by the kit's kernel extension, or a clear error.</summary>
[Collection(LiveChartDisplay.Name)]
public sealed class LiveChartShowTests
{
    [Fact]
    public void Without_a_notebook_Show_says_what_it_needs_and_what_to_do_instead()
    {
        LiveChart.Display = null;
        var e = Assert.Throws<InvalidOperationException>(() => LiveChart.Show());
        Assert.Contains("needs a notebook with the kit's extension loaded", e.Message);
        Assert.Contains("#r \"nuget: Nabla.Interactive", e.Message);
        Assert.Contains("new LiveChart(update)", e.Message);
    }

    [Fact]
    public void Show_displays_empty_curves_then_redraws_that_display_after_each_report()
    {
        var shown = new List<GenericChart>();
        var redrawn = new List<GenericChart>();
        LiveChart.Display = first =>
        {
            shown.Add(first);
            return redrawn.Add;
        };
        try
        {
            var live = LiveChart.Show(title: "live");
            live.Report((1, 0.9, 1.0));
            live.Report((2, 0.5, 0.7));

            var empty = ChartJson.Of(Assert.Single(shown));
            Assert.Empty(ChartJson.Numbers(empty.Trace("train"), "x"));
            Assert.Equal(2, redrawn.Count);
            Assert.Equal([1.0, 2], ChartJson.Numbers(ChartJson.Of(redrawn[^1]).Trace("train"), "x"));
            Assert.Contains("\"live\"", GenericChart.toJson(redrawn[^1]));
        }
        finally
        {
            LiveChart.Display = null;
        }
    }
}

/// <summary>Tests that set the process-wide <see cref="LiveChart.Display"/> run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LiveChartDisplay
{
    public const string Name = "LiveChart.Display";
}
