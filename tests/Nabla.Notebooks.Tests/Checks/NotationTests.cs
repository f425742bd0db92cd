namespace Nabla.Notebooks.Tests;

/// <summary>Formulas are plain Unicode: HTML sub/superscripts and LaTeX are flagged, Unicode passes.</summary>
public sealed class NotationTests
{
    [Theory]
    [InlineData("dL/dW[3] = (a[3] − y) a[2]ᵀ, δ[2] = (W[3]ᵀ δ[3]) ⊙ σ′(z[2]), x², nₗ")]
    [InlineData("Code may show tags: `<sup>` in backticks is fine.")]
    [InlineData("A price of 5 dollars and 3 more.")]
    public void Plain_unicode_passes(string markdown) => Assert.Null(Notation.NotPlain(markdown));

    [Theory]
    [InlineData("a<sup>[l]</sup>", "<sup>")]
    [InlineData("n<sub>l</sub>", "<sub>")]
    [InlineData("the loss $L = (y - a)^2$ here", "LaTeX math $L = (y - a)^2$")]
    [InlineData("$$\nL = 1\n$$", "LaTeX $$ block")]
    public void Markup_is_flagged(string markdown, string expected) =>
        Assert.Contains(expected, Notation.NotPlain(markdown));
}
