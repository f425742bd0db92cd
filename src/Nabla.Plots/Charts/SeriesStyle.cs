namespace Nabla.Plots;

/// <summary>How <see cref="Plot.Lines(IReadOnlyList{Series}, string?, string?, string?, bool)"/> draws a series.</summary>
public enum SeriesStyle
{
    /// <summary>A line through the points: a curve, a loss per epoch.</summary>
    Line,

    /// <summary>A dot at every point and no line: the separate steps of an optimizer on a curve.</summary>
    Points,

    /// <summary>A line with a dot at every point: a path whose individual steps matter.</summary>
    LineAndPoints,
}
