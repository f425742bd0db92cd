using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nabla.Notebooks;

/// <summary>
/// Keeps a translated edition of a lesson in step with the original: the same cells in the same order, and every
/// code cell equal token for token as C# (Roslyn's tokenizer). Only what a reader sees may differ: the markdown, the
/// comments, and the text inside string literals (chart titles, axis labels, printed labels). A changed number,
/// name or operator is a problem, so the two editions cannot drift apart.
/// </summary>
public static class EditionParity
{
    /// <summary>One message per difference, naming the translation, the cell and the first differing token.</summary>
    /// <param name="original">The original notebook (the English edition).</param>
    /// <param name="translation">Its translation.</param>
    /// <param name="name">The translation's name in messages, usually its path.</param>
    public static IReadOnlyList<string> Check(Notebook original, Notebook translation, string name)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translation);
        var problems = new List<string>();
        if (original.Cells.Count != translation.Cells.Count)
        {
            problems.Add($"{name}: expected {original.Cells.Count} cells as in the original, found {translation.Cells.Count}");
        }

        int cells = Math.Min(original.Cells.Count, translation.Cells.Count);
        for (int i = 0; i < cells; i++)
        {
            var (a, b) = (original.Cells[i], translation.Cells[i]);
            if (a.CellType != b.CellType)
            {
                problems.Add($"{name}: cell {i + 1}: expected a {a.CellType} cell as in the original, found a {b.CellType} cell");
                break; // the rest is shifted: one message says it
            }

            if (a.IsCode && FirstDifference(a.Source, b.Source) is { } difference)
            {
                problems.Add($"{name}: cell {i + 1}: expected the original's code token for token (only comments and string text may be translated), {difference}");
            }
        }

        return problems;
    }

    /// <summary>Null when the two cells are the same code; otherwise where and how they first differ.</summary>
    public static string? FirstDifference(string original, string translation)
    {
        var a = Tokens(original);
        var b = Tokens(translation);
        for (int k = 0; k < Math.Max(a.Count, b.Count); k++)
        {
            if (k >= a.Count)
                return $"found extra code from line {Line(b[k])}: \"{b[k].Text}\"";
            if (k >= b.Count)
                return $"found the code ending early: the original goes on at line {Line(a[k])} with \"{a[k].Text}\"";
            if (!a[k].IsKind(b[k].Kind()) || (!IsText(a[k]) && a[k].Text != b[k].Text))
                return $"found \"{b[k].Text}\" at line {Line(b[k])} where the original has \"{a[k].Text}\" (line {Line(a[k])})";
        }

        return null;
    }

    /// <summary>The C# tokens of a cell, without trivia (spaces, comments, directives such as #r).</summary>
    /// <remarks>From the parsed tree, not the bare lexer: the lexer returns an interpolated string as one token, while the
    /// tree splits it into its text and its holes, so a changed format such as {x:F4} → {x:F2} is seen.</remarks>
    private static List<SyntaxToken> Tokens(string source) =>
        [.. CSharpSyntaxTree.ParseText(source, CSharpTokenizer.Script).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))];

    /// <summary>Tokens whose text a translation may change: the contents of string literals.</summary>
    /// <remarks>A format such as :F4 in an interpolation is also "text" to the parser, but it is code: it must match.</remarks>
    private static bool IsText(SyntaxToken token) => token.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.InterpolationFormatClauseSyntax && token.Kind() is
        SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.CharacterLiteralToken
        or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
        or SyntaxKind.InterpolatedRawStringEndToken;

    private static int Line(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
