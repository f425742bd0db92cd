namespace Nabla.Plots;

/// <summary>
/// Fixed colours, so that class k has the same colour in every chart (points, regions and legends) and
/// train/validation curves look the same in every lesson.
/// </summary>
internal static class Palette
{
    private static readonly string[] Colors =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>Training curves.</summary>
    public const string Train = "#1f77b4";

    /// <summary>Validation curves.</summary>
    public const string Validation = "#ff7f0e";

    /// <summary>Highlights (the best epoch, the decision line).</summary>
    public const string Highlight = "#d62728";

    /// <summary>The colour of series or class <paramref name="index"/> (cycles after 10).</summary>
    public static string Of(int index) => Colors[((index % Colors.Length) + Colors.Length) % Colors.Length];

    /// <summary>The same colour with an alpha channel, as "rgba(r, g, b, a)".</summary>
    public static string Faded(string hex, double alpha)
    {
        var r = Convert.ToInt32(hex.Substring(1, 2), 16);
        var g = Convert.ToInt32(hex.Substring(3, 2), 16);
        var b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return FormattableString.Invariant($"rgba({r}, {g}, {b}, {alpha})");
    }
}
