namespace Nabla.Plots;

/// <summary>
/// One named curve for <see cref="Plot.Lines(IReadOnlyList{Series}, string?, string?, string?, bool)"/>:
/// its x and y values, the same number of each. Use it when the curves do not share their x values
/// (for example runs of different lengths).
/// </summary>
/// <param name="Name">The legend entry, e.g. "Adam".</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values, one per x value.</param>
/// <param name="Style">A line (default), a dot per point, or both.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, SeriesStyle Style = SeriesStyle.Line)
{
    /// <summary>A series over x = 1, 2, ..., n (steps or epochs).</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="y">The values.</param>
    /// <param name="style">A line (default), a dot per point, or both.</param>
    public static Series OverSteps(string name, IReadOnlyList<double> y, SeriesStyle style = SeriesStyle.Line) =>
        new(name, Fig.Count(Check.NotNull(y, "Series", nameof(y)).Count), y, style);
}
