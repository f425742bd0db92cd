namespace Nabla.Notebooks.Tests;

public sealed class ProbeRewriterTests
{
    [Fact]
    public void Checks_become_reports_of_the_found_value_only()
    {
        string source = "var x = F(2);\nExpect.Close(\"a\", x, 4.0, 1e-3);   // comment kept\nExpect.Equal(\"b\", G(), 7);\nExpect.True(\"c\", x > 0, \"x must be positive\");";
        var (names, probe) = ProbeRewriter.Rewrite(source);
        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal("var x = F(2);\nExpect.Report(\"a\", x);   // comment kept\nExpect.Report(\"b\", G());\nExpect.Report(\"c\", x > 0);", probe);
        Assert.DoesNotContain("4.0", probe);
        Assert.DoesNotContain("7", probe);
    }

    [Theory]
    [InlineData("Expect.Close(\"a\", 1, 1);\nExpect.Close(\"a\", 2, 2);", "line 2: expected a new check name, found \"a\" again")]
    [InlineData("var n = \"a\";\nExpect.Close(n, 1, 1);", "line 2: expected Expect.Close(\"name\", found, expected...) with a string-literal name")]
    [InlineData("Expect.Report(\"a\", 1);", "line 1: expected Expect.Close, Expect.Equal or Expect.True in a test cell, found Expect.Report")]
    [InlineData("Expect.Close(\"a\", 1);", "line 1: expected Expect.Close(\"name\", found, expected...) with a string-literal name")]
    public void A_check_the_grader_cannot_rewrite_is_refused(string source, string message) =>
        Assert.StartsWith(message, Assert.Throws<FormatException>(() => ProbeRewriter.Rewrite(source)).Message);
}
