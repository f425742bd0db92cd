using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Grading;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, so no other test's printing lands in their capture.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>
/// <see cref="Expect"/>: both sides of the tolerance bound with numbers whose differences are exact in binary
/// (so the bound itself is hit exactly), NaN and infinities, length and shape mismatches, the exact messages,
/// and bad arguments. Every expected message is written out by hand.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class ExpectTests
{
    private static readonly Matrix<double> Two = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0, 3.0 }, { 4.0, 5.0, 6.0 } });

    /// <summary>Runs <paramref name="check"/> and returns what it printed.</summary>
    private static string Printed(Action check)
    {
        var console = Console.Out;
        var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            check();
        }
        finally
        {
            Console.SetOut(console);
        }

        return printed.ToString();
    }

    private static string Fails(Action check)
    {
        string? message = null;
        var printed = Printed(() => message = Assert.Throws<ExpectationFailedException>(check).Message);
        Assert.Equal("", printed);   // a failed check prints no tick
        return message!;
    }

    [Theory]
    [InlineData(2.5, 2.0, 0.25)]                    // |e| > 1: bound 0.25 * 2 = 0.5, hit exactly
    [InlineData(1.5, 2.0, 0.25)]
    [InlineData(0.625, 0.5, 0.125)]                 // |e| < 1: bound 0.125 * max(1, 0.5) = 0.125, absolute
    [InlineData(-6.0, -4.0, 0.5)]                   // negative expected: bound 0.5 * 4 = 2
    [InlineData(-2.0, -4.0, 0.5)]
    [InlineData(1e-9, 0.0, 1e-8)]                   // expected 0 does not demand an exact 0
    [InlineData(3.0, 3.0, 0.0)]                     // tolerance 0: exact equality passes
    [InlineData(100.000001, 100.0, 1e-8)]           // about 1e-6 off at 100: just inside 1e-8 relative
    public void CloseScalarPassesWithinTheBound(double found, double expected, double tolerance)
    {
        Assert.Equal($"✓ near{Environment.NewLine}", Printed(() => Expect.Close("near", found, expected, tolerance)));
    }

    [Theory]
    [InlineData(2.5000000000000004, 2.0, 0.25)]     // one ulp beyond the bound 0.5
    [InlineData(1.4999999999999998, 2.0, 0.25)]
    [InlineData(0.6250000000000001, 0.5, 0.125)]
    [InlineData(-6.000000000000001, -4.0, 0.5)]
    [InlineData(2e-8, 0.0, 1e-8)]
    [InlineData(3.0000000000000004, 3.0, 0.0)]
    [InlineData(100.0000011, 100.0, 1e-8)]          // 1.1e-6 off at 100: outside
    [InlineData(1.7976931348623157e308, -1.7976931348623157e308, 1.0)]   // the difference overflows to infinity
    public void CloseScalarFailsBeyondTheBound(double found, double expected, double tolerance)
    {
        Fails(() => Expect.Close("far", found, expected, tolerance));
    }

    [Fact]
    public void CloseScalarMessageShowsBothNumbersInFullAndTheTolerance()
    {
        Assert.Equal(
            "ln 2: expected 0.6931471805599453, found 0.69 (tolerance 1e-08, relative to max(1, |expected|))",
            Fails(() => Expect.Close("ln 2", 0.69, Math.Log(2))));
        Assert.Equal(
            "tiny: expected 1e-20, found 0.1 (tolerance 0.001, relative to max(1, |expected|))",
            Fails(() => Expect.Close("tiny", 0.1, 1e-20, 1e-3)));
    }

    [Theory]
    [InlineData(double.NaN, 0.0, "NaN", "0")]
    [InlineData(double.NaN, double.NaN, "NaN", "NaN")]
    [InlineData(double.PositiveInfinity, 1e300, "Infinity", "1e+300")]
    [InlineData(double.NegativeInfinity, double.PositiveInfinity, "-Infinity", "Infinity")]
    [InlineData(1e300, double.PositiveInfinity, "1e+300", "Infinity")]
    public void CloseScalarFailsOnNaNAndUnexpectedInfinity(double found, double expected, string foundText, string expectedText)
    {
        Assert.Equal(
            $"x: expected {expectedText}, found {foundText} (tolerance 1000, relative to max(1, |expected|))",
            Fails(() => Expect.Close("x", found, expected, 1000)));
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void CloseScalarPassesTheSameInfinity(double infinity)
    {
        Assert.Equal($"✓ inf{Environment.NewLine}", Printed(() => Expect.Close("inf", infinity, infinity)));
    }

    [Fact]
    public void CloseListPassesEntryByEntryWithTheBoundOfEachEntry()
    {
        double[] expected = [2.0, 0.5, -4.0];
        double[] found = [2.5, 0.75, -3.0];    // each exactly on its own bound: 0.25 * (2, 1, 4) = (0.5, 0.25, 1)
        Assert.Equal($"✓ list{Environment.NewLine}", Printed(() => Expect.Close("list", found, expected, 0.25)));
        Assert.Equal($"✓ empty{Environment.NewLine}", Printed(() => Expect.Close("empty", Array.Empty<double>(), Array.Empty<double>())));
    }

    [Fact]
    public void CloseListNamesTheFirstFailingIndex()
    {
        double[] expected = [2.0, 0.5, -4.0, 8.0];
        double[] found = [2.0, 0.5, double.NaN, 0.0];
        Assert.Equal(
            "v: at index 2, expected -4, found NaN (tolerance 1e-08, relative to max(1, |expected|))",
            Fails(() => Expect.Close("v", found, expected)));
        Assert.Equal(
            "w: at index 1, expected 0.5, found 0.7500000000000001 (tolerance 0.25, relative to max(1, |expected|))",
            Fails(() => Expect.Close("w", [2.0, 0.7500000000000001], [2.0, 0.5], 0.25)));
    }

    [Fact]
    public void CloseListLengthMismatchNamesBothLengths()
    {
        Assert.Equal("len: expected 3 values, found 2", Fails(() => Expect.Close("len", [1.0, 2.0], [1.0, 2.0, 3.0])));
        Assert.Equal("len0: expected 0 values, found 1", Fails(() => Expect.Close("len0", [1.0], Array.Empty<double>())));
    }

    [Fact]
    public void CloseMatrixPassesAndNamesTheFirstFailingEntryRowByRow()
    {
        Assert.Equal($"✓ m{Environment.NewLine}", Printed(() => Expect.Close("m", Two.Clone(), Two)));
        var found = Two.Clone();
        found[1, 0] = 4.5;          // later in row order
        found[0, 2] = 2.0;          // first in row order, though later in MathNet's column-major storage
        Assert.Equal(
            "dW: at row 0, column 2, expected 3, found 2 (tolerance 0.1, relative to max(1, |expected|))",
            Fails(() => Expect.Close("dW", found, Two, 0.1)));
        found[0, 2] = 3.3;          // bound 0.1 * 3 = 0.3 (3.3 - 3 is a hair under 0.3 in binary: passes)
        Assert.Equal(
            "dW: at row 1, column 0, expected 4, found 4.5 (tolerance 0.1, relative to max(1, |expected|))",
            Fails(() => Expect.Close("dW", found, Two, 0.1)));
    }

    [Fact]
    public void CloseMatrixShapeMismatchNamesBothShapes()
    {
        Assert.Equal(
            "shape: expected shape (2, 3), found (3, 2)",
            Fails(() => Expect.Close("shape", Two.Transpose(), Two)));
        Assert.Equal(
            "shape: expected shape (2, 3), found (2, 2)",
            Fails(() => Expect.Close("shape", Matrix<double>.Build.Dense(2, 2), Two)));
    }

    [Fact]
    public void EqualComparesExactly()
    {
        Assert.Equal($"✓ count{Environment.NewLine}", Printed(() => Expect.Equal("count", 7, 7)));
        Assert.Equal("count: expected 7, found 6", Fails(() => Expect.Equal("count", 6, 7)));
        Assert.Equal("big: expected 9007199254740993, found 9007199254740992",
            Fails(() => Expect.Equal("big", 9007199254740992L, 9007199254740993L)));   // 2^53 + 1: a double could not tell
        Assert.Equal($"✓ label{Environment.NewLine}", Printed(() => Expect.Equal("label", "cat", "cat")));
        Assert.Equal("label: expected \"cat\", found \"cat \"", Fails(() => Expect.Equal("label", "cat ", "cat")));
        Assert.Equal("case: expected \"Cat\", found \"cat\"", Fails(() => Expect.Equal("case", "cat", "Cat")));
    }

    [Fact]
    public void TrueShowsTheRequirement()
    {
        Assert.Equal($"✓ positive{Environment.NewLine}", Printed(() => Expect.True("positive", true, "the loss must be > 0")));
        Assert.Equal("positive: the loss must be > 0", Fails(() => Expect.True("positive", false, "the loss must be > 0")));
    }

    [Fact]
    public void TheExceptionCarriesTheCheckName()
    {
        var e = Assert.Throws<ExpectationFailedException>(() => Printed(() => Expect.True("q3 sign", false, "r")));
        Assert.Equal("q3 sign", e.Name);
        Assert.Null(new ExpectationFailedException("plain message").Name);
        Assert.Equal("plain message", new ExpectationFailedException("plain message").Message);
    }

    [Fact]
    public void NullArgumentsAreNamed()
    {
        double[] values = [1.0];
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Expect.Close(null!, 1.0, 1.0)).ParamName);
        Assert.Equal("found", Assert.Throws<ArgumentNullException>(() => Expect.Close("x", (double[])null!, values)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => Expect.Close("x", values, (double[])null!)).ParamName);
        Assert.Equal("found", Assert.Throws<ArgumentNullException>(() => Expect.Close("x", (Matrix<double>)null!, Two)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => Expect.Close("x", Two, (Matrix<double>)null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Expect.Equal(null!, 1, 1)).ParamName);
        Assert.Equal("found", Assert.Throws<ArgumentNullException>(() => Expect.Equal("x", null!, "a")).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => Expect.Equal("x", "a", null!)).ParamName);
        Assert.Equal("requirement", Assert.Throws<ArgumentNullException>(() => Expect.True("x", false, null!)).ParamName);
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void BadToleranceIsRefusedBeforeComparing(double tolerance)
    {
        double[] one = [1.0];
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Expect.Close("x", 1.0, 1.0, tolerance)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Expect.Close("x", one, one, tolerance)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Expect.Close("x", Two, Two, tolerance)).ParamName);
    }
}
