namespace Nabla.Plots;

public static partial class Plot
{
    /// <summary>
    /// Training and validation curves per epoch (epochs numbered 1, 2, ...), optionally on a log axis and with
    /// a star at the best epoch. Notebook 07: training loss keeps falling, validation loss falls then rises, and
    /// the model worth keeping is the one at the lowest validation loss. An empty <paramref name="train"/> gives
    /// empty axes, the starting picture of a <see cref="LiveChart"/>.
    /// </summary>
    /// <param name="train">The training metric after each epoch.</param>
    /// <param name="validation">The validation metric after each epoch (as many as train), or null.</param>
    /// <param name="bestEpoch">The epoch to mark (1-based), or null for no marker.</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="metric">What is plotted: "loss", "accuracy", ...; names the y axis and the title.</param>
    /// <param name="title">Chart title; "Loss per epoch" style by default.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">validation and train differ in length, or bestEpoch is outside 1..epochs.</exception>
    public static GenericChart LearningCurves(
        IReadOnlyList<double> train, IReadOnlyList<double>? validation = null, int? bestEpoch = null,
        bool logY = false, string metric = "loss", string? title = null)
    {
        const string chart = nameof(LearningCurves);
        Check.NotNull(train, chart, nameof(train));
        if (validation is not null)
        {
            Check.SameLength(chart, nameof(train), train.Count, nameof(validation), validation.Count, "epochs");
        }

        if (bestEpoch is { } best && (best < 1 || best > train.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(bestEpoch), best, $"{chart}: bestEpoch must be between 1 and {train.Count} (epochs count from 1), got {best}.");
        }

        return Curves(Fig.Count(train.Count), train.Select(v => (double?)v).ToArray(), validation?.Select(v => (double?)v).ToArray(), bestEpoch, logY, metric, title);
    }

    /// <summary>
    /// The curves of a finished <c>Trainer.Fit</c> run, with a star at <see cref="History.BestEpoch"/>
    /// (the lowest validation loss). Notebooks 04, 06 and 07: <c>Plot.LearningCurves(history)</c>.
    /// </summary>
    /// <param name="history">The run's history.</param>
    /// <param name="metric">"loss" or "accuracy".</param>
    /// <param name="logY">Logarithmic y axis.</param>
    /// <param name="markBest">Mark the best epoch.</param>
    /// <param name="title">Chart title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">metric is neither "loss" nor "accuracy", or the run recorded no accuracy.</exception>
    public static GenericChart LearningCurves(History history, string metric = "loss", bool logY = false, bool markBest = true, string? title = null)
    {
        Check.NotNull(history, nameof(LearningCurves), nameof(history));
        var points = history.Select(e => Pick(nameof(LearningCurves), e, metric)).ToArray();
        if (metric == "accuracy" && points.All(p => p.Train is null))
        {
            throw new ArgumentException($"{nameof(LearningCurves)}: the history has no accuracy (a regression run?); plot metric \"loss\" instead.", nameof(metric));
        }

        var validation = points.Any(p => p.Validation is not null) ? points.Select(p => p.Validation).ToArray() : null;
        int? best = markBest && history.BestEpoch > 0 ? history.BestEpoch : null;
        return Curves(history.Select(e => (double)e.Epoch).ToArray(), points.Select(p => p.Train).ToArray(), validation, best, logY, metric, title);
    }

    /// <summary>The (train, validation) values of <paramref name="metric"/> ("loss" or "accuracy") in one epoch's result.</summary>
    internal static (double? Train, double? Validation) Pick(string chart, EpochResult e, string metric) => metric switch
    {
        "loss" => (e.TrainLoss, e.ValidationLoss),
        "accuracy" => (e.TrainAccuracy, e.ValidationAccuracy),
        _ => throw new ArgumentException($"{chart}: metric must be \"loss\" or \"accuracy\", got \"{metric}\".", nameof(metric)),
    };

    /// <summary>The chart behind both overloads and <see cref="LiveChart"/>: epochs on x, one curve per set, a star at the best epoch.</summary>
    internal static GenericChart Curves(
        double[] epochs, double?[] train, double?[]? validation, int? bestEpoch, bool logY, string metric, string? title)
    {
        var traces = new List<Trace>
        {
            Curve(epochs, train, "train", Palette.Train),
        };
        if (validation is not null)
        {
            traces.Add(Curve(epochs, validation, "validation", Palette.Validation));
        }

        var at = bestEpoch is { } b ? Array.IndexOf(epochs, (double)b) : -1;
        var marked = at < 0 ? null : validation?[at] ?? train[at];
        if (marked is { } value && double.IsFinite(value))
        {
            traces.Add(Fig.Scatter([epochs[at]], [value], "markers", $"best epoch {bestEpoch}")
                .Set("marker", Fig.Marker(Palette.Highlight, 16, "star", outline: true)));
        }

        var name = string.IsNullOrEmpty(metric) ? "value" : metric;
        var heading = title ?? char.ToUpperInvariant(name[0]) + name[1..] + " per epoch";
        return Fig.Chart(traces, Fig.Layout(heading, "epoch", name, logY));
    }

    private static Trace2D Curve(double[] epochs, double?[] values, string name, string color) =>
        Fig.Trace("scatter", name)
            .Set("x", epochs)
            .Set("y", values.Select(v => v is { } d && double.IsFinite(d) ? v : null).ToArray())
            .Set("mode", epochs.Length <= 30 ? "lines+markers" : "lines")
            .Set("line", Fig.Line(color, 2))
            .Set("marker", Fig.Marker(color, 6));
}
