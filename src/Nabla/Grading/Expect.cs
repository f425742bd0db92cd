using System.Globalization;

namespace Nabla;

/// <summary>
/// The checks of an assignment's test cells: each compares what your code <em>found</em> with what was
/// <em>expected</em>, prints <c>✓ name</c> when they agree and throws <see cref="ExpectationFailedException"/>
/// when they do not, with a message that shows both numbers. Notebooks under notebooks/assignments.
/// </summary>
/// <remarks>
/// <para>Numbers computed in floating point are rarely exactly equal, so <see cref="Close(string, double, double, double)"/>
/// accepts a small difference: found passes when |found − expected| &lt;= tolerance · max(1, |expected|). For
/// |expected| &gt; 1 that is a relative error (1e-8 means "the first 8 significant digits agree"); for small
/// expected values it is an absolute error, so an expected 0 does not demand an exact 0.</para>
/// <para>NaN never passes, and an infinity passes only when exactly that infinity was expected: a loss that
/// overflowed is a bug, however close the other numbers are.</para>
/// <para>Every check has a name, unique in its notebook (for example "q1 large logit"), so a grader can tell
/// which one failed. Counts and labels are compared exactly with <see cref="Equal(string, long, long)"/>,
/// properties such as "the loss is positive" with <see cref="True"/>.</para>
/// </remarks>
public static partial class Expect
{
    /// <summary>Passes when <paramref name="found"/> is within the tolerance of <paramref name="expected"/>.</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">The value your code computed.</param>
    /// <param name="expected">The right value.</param>
    /// <param name="tolerance">Allowed difference, relative to max(1, |expected|); finite and &gt;= 0.</param>
    /// <exception cref="ExpectationFailedException">The values differ by more than the tolerance, or found is NaN or an unexpected infinity.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative, NaN or infinite.</exception>
    public static void Close(string name, double found, double expected, double tolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(name);
        RequireTolerance(tolerance);
        Record(name, Value(found), Value(expected), tolerance, null);
        if (!Within(found, expected, tolerance))
        {
            throw Failure(name, $"expected {Text(expected)}, found {Text(found)} {ToleranceText(tolerance)}");
        }

        Pass(name);
    }

    /// <summary>Passes when <paramref name="found"/> equals <paramref name="expected"/> exactly (counts, class labels, indices).</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">The number your code computed.</param>
    /// <param name="expected">The right number.</param>
    /// <exception cref="ExpectationFailedException">The numbers differ.</exception>
    public static void Equal(string name, long found, long expected)
    {
        ArgumentNullException.ThrowIfNull(name);
        Record(name, found, expected, null, null);
        if (found != expected)
        {
            throw Failure(name, $"expected {expected.ToString(CultureInfo.InvariantCulture)}, found {found.ToString(CultureInfo.InvariantCulture)}");
        }

        Pass(name);
    }

    /// <summary>Passes when <paramref name="found"/> equals <paramref name="expected"/> character for character (case and spaces count).</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">The text your code produced.</param>
    /// <param name="expected">The right text.</param>
    /// <exception cref="ExpectationFailedException">The texts differ; both are shown in quotes, so a stray space is visible.</exception>
    public static void Equal(string name, string found, string expected)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(expected);
        Record(name, found, expected, null, null);
        if (!string.Equals(found, expected, StringComparison.Ordinal))
        {
            throw Failure(name, $"expected \"{expected}\", found \"{found}\"");
        }

        Pass(name);
    }

    /// <summary>Passes when <paramref name="found"/> is true: for properties with no single right value ("the loss is positive").</summary>
    /// <param name="name">The check's name, unique in its notebook.</param>
    /// <param name="found">Whether the requirement holds for your code.</param>
    /// <param name="requirement">The requirement in words, shown when it fails: "{name}: {requirement}".</param>
    /// <exception cref="ExpectationFailedException">found is false.</exception>
    public static void True(string name, bool found, string requirement)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(requirement);
        Record(name, found, true, null, requirement);
        if (!found)
        {
            throw Failure(name, requirement);
        }

        Pass(name);
    }

    /// <summary>|found − expected| &lt;= tolerance · max(1, |expected|); NaN never, an infinity only against itself (<see cref="ExpectRule"/>).</summary>
    private static bool Within(double found, double expected, double tolerance) => ExpectRule.Within(found, expected, tolerance);

    private static void RequireTolerance(double tolerance)
    {
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"Expected a finite tolerance >= 0, found {Text(tolerance)}.");
        }
    }

    private static void Pass(string name) => Console.WriteLine($"✓ {name}");

    private static ExpectationFailedException Failure(string name, string problem) => new(name, $"{name}: {problem}");

    private static string ToleranceText(double tolerance) => $"(tolerance {Text(tolerance)}, relative to max(1, |expected|))";

    /// <summary>Round-trip text of <paramref name="value"/> (every digit needed to read it back), with a lower-case exponent: 1e-08.</summary>
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
}
