namespace Nabla;

/// <summary>
/// When a found number counts as the expected one. One rule for both places that decide: <c>Expect</c> in a
/// notebook, and the grader, which compares a submission's reported values outside the submission's process (this
/// file is compiled into the grader too, so the two cannot drift apart).
/// </summary>
internal static class ExpectRule
{
    /// <summary>|found − expected| &lt;= tolerance · max(1, |expected|); NaN never passes, an infinity only against itself.</summary>
    public static bool Within(double found, double expected, double tolerance)
    {
        if (double.IsNaN(found) || double.IsNaN(expected))
            return false;
        if (double.IsInfinity(found) || double.IsInfinity(expected))
            return found == expected;
        return Math.Abs(found - expected) <= tolerance * Math.Max(1, Math.Abs(expected));
    }
}
