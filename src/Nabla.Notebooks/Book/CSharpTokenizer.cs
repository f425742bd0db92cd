using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Classification;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Nabla.Notebooks;

/// <summary>The kind of a piece of C# source, as far as colouring needs to know.</summary>
public enum CSharpTokenKind
{
    /// <summary>Identifiers, operators, punctuation and white space.</summary>
    Plain,
    /// <summary>A C# keyword (including contextual ones such as <c>var</c> and <c>await</c>).</summary>
    Keyword,
    /// <summary>A string or character literal (regular, verbatim, interpolated or raw).</summary>
    String,
    /// <summary>A numeric literal.</summary>
    Number,
    /// <summary>A line or block comment.</summary>
    Comment,
    /// <summary>A kernel directive line (<c>#r "nuget: ..."</c>, <c>#!time</c>) or a preprocessor directive (<c>#nullable</c>).</summary>
    Directive,
}

/// <summary>One token: its kind and its exact source text.</summary>
/// <param name="Kind">What the text is.</param>
/// <param name="Text">The source text; concatenating every token's text gives back the source.</param>
public sealed record CSharpToken(CSharpTokenKind Kind, string Text);

/// <summary>
/// Splits a C# script cell into coloured tokens with Roslyn's own classifier (what editors use), so the book colours
/// code as an editor does. Lines that are the kernel's rather than C#'s (<c>#!magic</c>, <c>#r</c>, <c>#i</c>) are
/// directive tokens. It never fails, and the tokens always add up to the input.
/// </summary>
public static class CSharpTokenizer
{
    /// <summary>How a notebook cell parses: C# script (top-level statements, #r), the latest language version.</summary>
    internal static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private static readonly Lazy<AdhocWorkspace> Workspace = new(() => new AdhocWorkspace());

    /// <summary>Splits <paramref name="source"/> into tokens; adjacent text of one kind is merged into one token.</summary>
    public static IReadOnlyList<CSharpToken> Tokenize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kinds = new CSharpTokenKind[source.Length];
        // The kernel's directive lines are blanked out for Roslyn (same length, so positions stay) and marked here.
        var code = source.ToCharArray();
        int lineStart = 0;
        foreach (var line in source.Split('\n'))
        {
            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                for (int i = lineStart; i < lineStart + line.TrimEnd('\r').Length; i++)
                    (kinds[i], code[i]) = (CSharpTokenKind.Directive, ' ');
            }

            lineStart += line.Length + 1;
        }

        // A document of its own in a solution that is never applied, so the shared workspace stays empty.
        var project = Workspace.Value.CurrentSolution
            .AddProject("cell", "cell", LanguageNames.CSharp)
            .WithParseOptions(Script)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var document = project.AddDocument("cell.csx", SourceText.From(new string(code))).WithSourceCodeKind(SourceCodeKind.Script);
        var spans = Classifier.GetClassifiedSpansAsync(document, new TextSpan(0, source.Length)).GetAwaiter().GetResult();
        foreach (var span in spans)
        {
            if (Kind(span.ClassificationType) is { } kind)
            {
                for (int i = span.TextSpan.Start; i < span.TextSpan.End; i++)
                    kinds[i] = kinds[i] == CSharpTokenKind.Directive ? kinds[i] : kind;
            }
        }

        var tokens = new List<CSharpToken>();
        for (int start = 0, end; start < source.Length; start = end)
        {
            for (end = start + 1; end < source.Length && kinds[end] == kinds[start]; end++)
            {
            }

            tokens.Add(new CSharpToken(kinds[start], source[start..end]));
        }

        return tokens;
    }

    /// <summary>The colour of one of Roslyn's classifications; null keeps what the character has (plain by default).</summary>
    private static CSharpTokenKind? Kind(string classification) => classification switch
    {
        ClassificationTypeNames.Keyword or ClassificationTypeNames.ControlKeyword => CSharpTokenKind.Keyword,
        ClassificationTypeNames.StringLiteral or ClassificationTypeNames.VerbatimStringLiteral
            or ClassificationTypeNames.StringEscapeCharacter => CSharpTokenKind.String,
        ClassificationTypeNames.NumericLiteral => CSharpTokenKind.Number,
        ClassificationTypeNames.Comment => CSharpTokenKind.Comment,
        ClassificationTypeNames.PreprocessorKeyword or ClassificationTypeNames.PreprocessorText => CSharpTokenKind.Directive,
        _ when ClassificationTypeNames.AdditiveTypeNames.Contains(classification) => null,
        _ => CSharpTokenKind.Plain,
    };
}
