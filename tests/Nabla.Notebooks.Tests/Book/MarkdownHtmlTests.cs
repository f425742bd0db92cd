namespace Nabla.Notebooks.Tests.Book;

/// <summary>The book's markdown matches what Jupyter and VS Code show for the same cell.</summary>
public sealed class MarkdownHtmlTests
{
    [Fact]
    public void CaretsAndTildesInFormulasStayText()
    {
        var html = MarkdownHtml.ToHtml("Bernoulli: p^d (1 - p)^(1 - d), and x~1~ is not a subscript.");
        Assert.DoesNotContain("<sup>", html);
        Assert.DoesNotContain("<sub>", html);
        Assert.Contains("p^d (1 - p)^(1 - d)", html);
    }

    [Fact]
    public void StrikethroughAndTablesStillRender()
    {
        var html = MarkdownHtml.ToHtml("~~old~~ new\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        Assert.Contains("<del>old</del>", html);
        Assert.Contains("<table>", html);
    }
}
