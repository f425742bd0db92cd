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
    /// <summary>A preprocessor or kernel directive name at the start of a line: <c>#r</c>, <c>#!time</c>, <c>#nullable</c>.</summary>
    Directive,
}

/// <summary>One token: its kind and its exact source text.</summary>
/// <param name="Kind">What the text is.</param>
/// <param name="Text">The source text; concatenating every token's text gives back the source.</param>
public sealed record CSharpToken(CSharpTokenKind Kind, string Text);

/// <summary>
/// A small lexer for colouring C# script cells. It never fails: anything it does not
/// recognise is <see cref="CSharpTokenKind.Plain"/>, and the tokens always add up to the input.
/// </summary>
public static partial class CSharpTokenizer
{
    /// <summary>Splits <paramref name="source"/> into tokens; adjacent plain text is merged into one token.</summary>
    public static IReadOnlyList<CSharpToken> Tokenize(string source)
    {
        var tokens = new List<CSharpToken>();
        int i = 0;
        bool lineStart = true;
        while (i < source.Length)
        {
            char c = source[i];
            int start = i;
            CSharpTokenKind kind;
            if (c == '\n')
            {
                i++;
                lineStart = true;
                Add(tokens, CSharpTokenKind.Plain, source[start..i]);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                while (i < source.Length && source[i] != '\n' && char.IsWhiteSpace(source[i]))
                    i++;
                Add(tokens, CSharpTokenKind.Plain, source[start..i]);
                continue;
            }
            if (c == '#' && lineStart)
                (kind, i) = (CSharpTokenKind.Directive, ScanDirective(source, i));
            else if (c == '/' && At(source, i + 1) == '/')
                (kind, i) = (CSharpTokenKind.Comment, ScanToLineEnd(source, i));
            else if (c == '/' && At(source, i + 1) == '*')
                (kind, i) = (CSharpTokenKind.Comment, ScanBlockComment(source, i));
            else if (StringStart(source, i) is int quote)
                (kind, i) = (CSharpTokenKind.String, ScanString(source, i, quote));
            else if (c == '\'')
                (kind, i) = (CSharpTokenKind.String, ScanChar(source, i));
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(source, i + 1))))
                (kind, i) = (CSharpTokenKind.Number, ScanNumber(source, i));
            else if (char.IsLetter(c) || c == '_' || (c == '@' && IsIdentifierStart(At(source, i + 1))))
                (kind, i) = ScanWord(source, i);
            else
                (kind, i) = (CSharpTokenKind.Plain, i + 1);
            lineStart = false;
            Add(tokens, kind, source[start..i]);
        }
        return tokens;
    }

    private static void Add(List<CSharpToken> tokens, CSharpTokenKind kind, string text)
    {
        if (kind == CSharpTokenKind.Plain && tokens.Count > 0 && tokens[^1].Kind == CSharpTokenKind.Plain)
            tokens[^1] = tokens[^1] with { Text = tokens[^1].Text + text };
        else
            tokens.Add(new CSharpToken(kind, text));
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int ScanDirective(string s, int i)
    {
        i++; // '#'
        if (At(s, i) == '!')
            i++;
        while (i < s.Length && IsIdentifierPart(s[i]))
            i++;
        return i;
    }

    private static int ScanToLineEnd(string s, int i)
    {
        int nl = s.IndexOf('\n', i);
        return nl < 0 ? s.Length : nl;
    }

    private static int ScanBlockComment(string s, int i)
    {
        int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + 2;
    }

    private static int ScanNumber(string s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            bool exponentSign = (c is '+' or '-') && At(s, i - 1) is 'e' or 'E' && !IsHexPrefixed(s, i);
            if (IsIdentifierPart(c) || exponentSign || (c == '.' && char.IsAsciiDigit(At(s, i + 1))))
                i++;
            else
                break;
        }
        return i;
    }

    private static bool IsHexPrefixed(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsIdentifierPart(s[j]))
            j--;
        return j + 2 < s.Length && s[j + 1] == '0' && s[j + 2] is 'x' or 'X';
    }

    private static (CSharpTokenKind, int) ScanWord(string s, int i)
    {
        int start = i;
        if (s[i] == '@')
            i++;
        while (i < s.Length && IsIdentifierPart(s[i]))
            i++;
        bool keyword = s[start] != '@' && Keywords.Contains(s[start..i]);
        return (keyword ? CSharpTokenKind.Keyword : CSharpTokenKind.Plain, i);
    }
}
