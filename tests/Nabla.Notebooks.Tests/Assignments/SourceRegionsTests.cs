namespace Nabla.Notebooks.Tests;

public sealed class SourceRegionsTests
{
    [Fact]
    public void A_solution_becomes_the_stub_indented_as_its_begin_line()
    {
        string source = "double F(double x)\n{\n    // ### BEGIN SOLUTION\n    var y = x + 1;\n    return y;\n    // ### END SOLUTION\n}";
        Assert.Equal("double F(double x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}", SourceRegions.StubSolutions(source));
    }

    [Fact]
    public void Every_solution_region_of_a_cell_is_stubbed()
    {
        string source = "// ### BEGIN SOLUTION\nint a = 1;\n// ### END SOLUTION\nint b = 2;\n  // ### BEGIN SOLUTION\n  int c = 3;\n  // ### END SOLUTION";
        Assert.Equal(
            "// YOUR CODE HERE\nthrow new NotImplementedException();\nint b = 2;\n  // YOUR CODE HERE\n  throw new NotImplementedException();",
            SourceRegions.StubSolutions(source));
    }

    [Fact]
    public void Hidden_tests_are_removed_with_their_markers_and_kept_by_unmark()
    {
        string source = "Check(1);\n// ### BEGIN HIDDEN TESTS\nCheck(2);\n// ### END HIDDEN TESTS\nCheck(3);";
        Assert.Equal("Check(1);\nCheck(3);", SourceRegions.RemoveHiddenTests(source));
        Assert.Equal("Check(1);\nCheck(2);\nCheck(3);", SourceRegions.UnmarkHiddenTests(source));
        Assert.Equal("Check(1);", SourceRegions.RemoveHiddenTests("Check(1);"));
    }

    [Theory]
    [InlineData("// ### BEGIN SOLUTION\nx();", "expected // ### END SOLUTION after the // ### BEGIN SOLUTION of line 1, found the end of the cell")]
    [InlineData("x();\n// ### END SOLUTION", "line 2: found // ### END SOLUTION without a // ### BEGIN SOLUTION before it")]
    [InlineData("// ### BEGIN SOLUTION\n// ### BEGIN SOLUTION\n// ### END SOLUTION", "expected // ### END SOLUTION before line 2, found another // ### BEGIN SOLUTION (the region of line 1 is still open)")]
    [InlineData("// ### BEGIN SOLUTON\n// ### END SOLUTION", "line 1: expected // ### BEGIN SOLUTION or // ### END SOLUTION here, found \"// ### BEGIN SOLUTON\" (a misspelt marker?)")]
    [InlineData("// ### BEGIN HIDDEN TESTS\n// ### END HIDDEN TESTS", "line 1: expected // ### BEGIN SOLUTION or // ### END SOLUTION here, found \"// ### BEGIN HIDDEN TESTS\" (a marker of the other kind of cell)")]
    [InlineData("return 1;", "expected at least one // ### BEGIN SOLUTION ... // ### END SOLUTION region, found none")]
    public void Bad_solution_markers_say_where_and_what(string source, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => SourceRegions.StubSolutions(source)).Message);

    [Fact]
    public void A_solution_marker_in_a_test_cell_is_refused() =>
        Assert.Contains("a marker of the other kind of cell",
            Assert.Throws<FormatException>(() => SourceRegions.RemoveHiddenTests("// ### BEGIN SOLUTION\n// ### END SOLUTION")).Message);

    [Theory]
    [InlineData("x();", false)]
    [InlineData("  // ### anything", true)]
    [InlineData("// ## BEGIN SOLUTION", false)]
    public void Markers_are_lines_starting_with_the_triple_hash_comment(string source, bool expected) =>
        Assert.Equal(expected, SourceRegions.HasMarkers(source));
}
