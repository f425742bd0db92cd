namespace Nabla.Plots;

/// <summary>
/// Learning curves that redraw themselves while a model trains: pass it as the progress of
/// <c>Trainer.Fit</c> and, after every epoch, it rebuilds the chart with all the points so far and hands
/// it to <c>update</c>, which replaces the chart shown in the notebook. Notebook 09.
/// </summary>
/// <remarks>
/// In a notebook cell (the kit's kernel extension, loaded by the setup cell, provides <see cref="Display"/>):
/// <code>
/// var live = LiveChart.Show(title: "Training");
/// var history = trainer.Fit(train, validation, progress: live);
/// </code>
/// Elsewhere, pass your own <c>update</c> to the constructor (for example one that saves each chart to a file).
/// The chart is redrawn only while the cell that made it runs.
/// Reports are handled synchronously on the caller's thread. With a <c>throttle</c>, a report arriving sooner
/// than that after the last redraw is recorded but not drawn; <see cref="Flush"/> draws it.
/// </remarks>
public sealed class LiveChart : IProgress<EpochResult>, IProgress<(int Epoch, double Train, double? Validation)>
{
    private readonly object gate = new();
    private readonly Action<GenericChart> update;
    private readonly List<(int Epoch, double? Train, double? Validation)> points = [];
    private readonly string metric;
    private readonly bool logY;
    private readonly bool markBest;
    private readonly string? title;
    private readonly TimeSpan throttle;
    private readonly TimeProvider clock;
    private long lastDrawn;
    private bool pending;

    /// <summary>A live chart that calls <paramref name="update"/> with the new chart after each report.</summary>
    /// <param name="update">Receives each new chart, typically <c>chart =&gt; handle.Update(chart)</c>.</param>
    /// <param name="metric">"loss" or "accuracy" (which fields of an <see cref="EpochResult"/> to plot).</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="markBest">Star the best epoch so far (lowest validation loss, or highest accuracy).</param>
    /// <param name="throttle">Minimum time between redraws; null redraws on every report.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="clock">The time source for <paramref name="throttle"/> (tests pass a fake one); the system clock by default.</param>
    /// <exception cref="ArgumentException">metric is neither "loss" nor "accuracy".</exception>
    public LiveChart(
        Action<GenericChart> update, string metric = "loss", bool logY = false, bool markBest = true,
        TimeSpan? throttle = null, string? title = null, TimeProvider? clock = null)
    {
        this.update = Check.NotNull(update, nameof(LiveChart), nameof(update));
        this.metric = metric is "loss" or "accuracy" ? metric
            : throw new ArgumentException($"{nameof(LiveChart)}: metric must be \"loss\" or \"accuracy\", got \"{metric}\".", nameof(metric));
        (this.logY, this.markBest, this.title) = (logY, markBest, title);
        this.throttle = throttle ?? TimeSpan.Zero;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// How the notebook shows a chart that can be replaced later: takes the first chart and returns the action that
    /// replaces it. Set by the kit's .NET Interactive extension when a lesson's setup cell loads it; null elsewhere.
    /// </summary>
    public static Func<GenericChart, Action<GenericChart>>? Display { get; set; }

    /// <summary>Shows empty learning curves in the running notebook cell and returns the live chart that redraws them.</summary>
    /// <param name="metric">"loss" or "accuracy".</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="markBest">Star the best epoch so far.</param>
    /// <param name="throttle">Minimum time between redraws; null redraws on every report.</param>
    /// <param name="title">Chart title.</param>
    /// <exception cref="InvalidOperationException">Not in a notebook: <see cref="Display"/> is not set.</exception>
    public static LiveChart Show(string metric = "loss", bool logY = false, bool markBest = true, TimeSpan? throttle = null, string? title = null)
    {
        var display = Display ?? throw new InvalidOperationException(
            "LiveChart.Show needs a notebook with the kit's extension loaded (the setup cell's #r \"nuget: Nabla.Interactive, ...\"); "
            + "found none. Outside a notebook, use new LiveChart(update) with your own update action.");
        var update = display(Plot.LearningCurves(Array.Empty<double>(), title: title));
        return new LiveChart(update, metric, logY, markBest, throttle, title);
    }

    /// <summary>The number of epochs reported so far.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return points.Count;
            }
        }
    }

    /// <summary>How many times <c>update</c> has been called.</summary>
    public int Redraws { get; private set; }

    /// <summary>The chart with every point reported so far (a new chart on each call).</summary>
    public GenericChart Chart
    {
        get
        {
            lock (gate)
            {
                return Build();
            }
        }
    }

    /// <summary>Records one epoch of <c>Trainer.Fit</c> (the loss or accuracy fields, as chosen) and redraws.</summary>
    /// <param name="value">The epoch's result.</param>
    public void Report(EpochResult value)
    {
        Check.NotNull(value, nameof(LiveChart), nameof(value));
        var (train, validation) = Plot.Pick(nameof(LiveChart), value, metric);
        Add(value.Epoch, train, validation);
    }

    /// <summary>Records one epoch of a hand-written training loop and redraws.</summary>
    /// <param name="value">The epoch (1-based), the training value and the validation value (or null).</param>
    public void Report((int Epoch, double Train, double? Validation) value) => Add(value.Epoch, value.Train, value.Validation);

    /// <summary>Draws the latest points if a throttled report has not been drawn yet (call it after training).</summary>
    public void Flush()
    {
        lock (gate)
        {
            if (pending)
            {
                Draw();
            }
        }
    }

    private void Add(int epoch, double? train, double? validation)
    {
        lock (gate)
        {
            points.Add((epoch, train, validation));
            pending = true;
            if (Redraws == 0 || clock.GetElapsedTime(lastDrawn) >= throttle)
            {
                Draw();
            }
        }
    }

    private void Draw()
    {
        var chart = Build();
        (lastDrawn, pending) = (clock.GetTimestamp(), false);
        Redraws++;
        update(chart);
    }

    private GenericChart Build()
    {
        var epochs = points.Select(p => (double)p.Epoch).ToArray();
        var train = points.Select(p => p.Train).ToArray();
        var validation = points.Any(p => p.Validation is not null) ? points.Select(p => p.Validation).ToArray() : null;
        return Plot.Curves(epochs, train, validation, markBest ? Best(validation ?? train) : null, logY, metric, title);
    }

    /// <summary>The epoch with the lowest loss (highest accuracy) so far; ties go to the earlier epoch.</summary>
    private int? Best(double?[] values)
    {
        int? best = null;
        double? bestValue = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v && double.IsFinite(v) && (bestValue is null || (metric == "loss" ? v < bestValue : v > bestValue)))
            {
                (best, bestValue) = (points[i].Epoch, v);
            }
        }

        return best;
    }
}
