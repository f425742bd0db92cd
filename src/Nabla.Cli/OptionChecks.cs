using System.Globalization;

namespace Nabla.Cli;

/// <summary>Range checks of the options <c>run</c> and <c>book</c> share, with messages that say what was expected and found.</summary>
internal static class OptionChecks
{
    /// <summary>The longest per-cell timeout: one day.</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>The largest output limit: 100 million characters.</summary>
    public const int MaxOutputChars = 100_000_000;

    /// <summary>Null when <paramref name="seconds"/> is a usable per-cell timeout, else what is wrong with it.</summary>
    public static string? Timeout(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= MaxTimeoutSeconds
            ? null
            : $"expected --timeout to be a number of seconds above 0 and at most {MaxTimeoutSeconds.ToString("N0", CultureInfo.InvariantCulture)} (a day), found {seconds.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null when <paramref name="chars"/> is a usable output limit, else what is wrong with it.</summary>
    public static string? OutputChars(int chars) =>
        chars is >= 1 and <= MaxOutputChars
            ? null
            : $"expected --max-output-chars to be a whole number from 1 to {MaxOutputChars.ToString("N0", CultureInfo.InvariantCulture)}, found {chars.ToString(CultureInfo.InvariantCulture)}";
}
