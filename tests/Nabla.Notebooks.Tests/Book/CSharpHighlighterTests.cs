using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests.Book;

public sealed class CSharpHighlighterTests
{
    private static List<(CSharpTokenKind Kind, string Text)> Colored(string source) =>
        [.. CSharpTokenizer.Tokenize(source).Where(t => t.Kind != CSharpTokenKind.Plain).Select(t => (t.Kind, t.Text))];

    [Theory]
    [InlineData("var s = $\"a {(ok ? \"x\" : \"y\")} b\"; // done")]
    [InlineData("var raw = \"\"\"\n  quote \" inside\n  \"\"\";\nint n = 1;")]
    [InlineData("var v = @\"C:\\path\"\"quoted\"\"\"; char c = '\\'';")]
    [InlineData("/* unterminated comment")]
    [InlineData("string s = \"unterminated\nint x = 0x1F + 1e-3 + 2.5f;")]
    [InlineData("#!time\n#r \"../artifacts/bin/Nabla/release/Nabla.dll\"\nusing Nabla;")]
    [InlineData("")]
    public void Tokens_always_add_up_to_the_source(string source) =>
        Assert.Equal(source, string.Concat(CSharpTokenizer.Tokenize(source).Select(t => t.Text)));

    [Fact]
    public void Keywords_strings_numbers_comments_and_directives_are_recognised()
    {
        var tokens = Colored("#!time\nvar x = 3.5e-2; // note\nawait Task.Delay(10); /* block */ string s = \"a\\\"b\";");
        Assert.Equal(
        [
            (CSharpTokenKind.Directive, "#!time"),
            (CSharpTokenKind.Keyword, "var"),
            (CSharpTokenKind.Number, "3.5e-2"),
            (CSharpTokenKind.Comment, "// note"),
            (CSharpTokenKind.Keyword, "await"),
            (CSharpTokenKind.Number, "10"),
            (CSharpTokenKind.Comment, "/* block */"),
            (CSharpTokenKind.Keyword, "string"),
            (CSharpTokenKind.String, "\"a\\\"b\""),
        ], tokens);
    }

    [Fact]
    public void Inside_an_interpolated_string_the_holes_are_code_and_nested_strings_are_strings()
    {
        var tokens = Colored("Console.WriteLine($\"{(t.Shape == \"(2, 3)\" ? \"yes\" : \"no\")} done\");");
        Assert.Equal(
        [
            (CSharpTokenKind.String, "$\""),
            (CSharpTokenKind.String, "\"(2, 3)\""),
            (CSharpTokenKind.String, "\"yes\""),
            (CSharpTokenKind.String, "\"no\""),
            (CSharpTokenKind.String, " done\""),
        ], tokens);
    }

    [Fact]
    public void Kernel_directive_lines_are_directives_and_what_follows_is_code()
    {
        var tokens = Colored("#r \"nuget: Nabla.Interactive, 0.9.0\"\n#!time\nusing Nabla;\n#nullable enable\nint x = 1;");
        Assert.Equal(
        [
            (CSharpTokenKind.Directive, "#r \"nuget: Nabla.Interactive, 0.9.0\""),
            (CSharpTokenKind.Directive, "#!time"),
            (CSharpTokenKind.Keyword, "using"),
            (CSharpTokenKind.Directive, "#nullable"),
            (CSharpTokenKind.Directive, "enable"),
            (CSharpTokenKind.Keyword, "int"),
            (CSharpTokenKind.Number, "1"),
        ], tokens.Select(t => (t.Kind, t.Text.Trim())));
    }

    [Fact]
    public void A_hash_inside_a_line_is_not_a_directive_and_identifiers_are_not_keywords()
    {
        var tokens = Colored("int variable = 1; string text = \"#r\";");
        Assert.Equal(
        [
            (CSharpTokenKind.Keyword, "int"),
            (CSharpTokenKind.Number, "1"),
            (CSharpTokenKind.Keyword, "string"),
            (CSharpTokenKind.String, "\"#r\""),
        ], tokens);
    }

    [Fact]
    public void Highlighted_html_escapes_every_token()
    {
        string html = CSharpHighlighter.ToHtml("if (a < b && c > d) { s = \"<script>\"; }");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("a &lt; b &amp;&amp; c &gt; d", html);
        Assert.Contains("<span class=\"tok-str\">&quot;&lt;script&gt;&quot;</span>", html);
    }
}
