namespace Nabla.Notebooks;

/// <summary>String and character literals: regular, verbatim (@), interpolated ($) and raw (""").</summary>
public static partial class CSharpTokenizer
{
    /// <summary>If a string literal starts at <paramref name="i"/> (after optional $ and @ prefixes), the index of its first quote.</summary>
    private static int? StringStart(string s, int i)
    {
        int j = i;
        while (j < s.Length && j - i < 4 && s[j] is '$' or '@')
            j++;
        return At(s, j) == '"' ? j : null;
    }

    /// <summary>Scans the literal whose prefix starts at <paramref name="start"/> and first quote is at <paramref name="quote"/>; returns the index after it.</summary>
    private static int ScanString(string s, int start, int quote)
    {
        string prefix = s[start..quote];
        bool interpolated = prefix.Contains('$');
        int quotes = 0;
        while (At(s, quote + quotes) == '"')
            quotes++;
        if (quotes >= 3)
            return ScanRaw(s, quote, quotes); // holes of raw strings are coloured as string
        if (quotes == 2 && !prefix.Contains('@'))
            return quote + 2; // the empty string ""
        bool verbatim = prefix.Contains('@');
        int i = quote + 1;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\\' && !verbatim)
                i += 2;
            else if (c == '"' && verbatim && At(s, i + 1) == '"')
                i += 2;
            else if (c == '"')
                return i + 1;
            else if (c == '\n' && !verbatim)
                return i;
            else if (c == '{' && interpolated && At(s, i + 1) == '{')
                i += 2;
            else if (c == '{' && interpolated)
                i = ScanHole(s, i);
            else
                i++;
        }
        return s.Length;
    }

    private static int ScanRaw(string s, int quote, int quotes)
    {
        string closing = new('"', quotes);
        int end = s.IndexOf(closing, quote + quotes, StringComparison.Ordinal);
        if (end < 0)
            return s.Length;
        end += quotes;
        while (At(s, end) == '"')
            end++;
        return end;
    }

    /// <summary>Skips an interpolation hole <c>{...}</c>, including nested braces and nested literals.</summary>
    private static int ScanHole(string s, int i)
    {
        int depth = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (StringStart(s, i) is int quote)
            {
                i = ScanString(s, i, quote);
                continue;
            }
            if (c == '\'')
            {
                i = ScanChar(s, i);
                continue;
            }
            if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return i + 1;
            else if (c == '\n')
                return i;
            i++;
        }
        return s.Length;
    }

    private static int ScanChar(string s, int i)
    {
        int j = i + 1;
        while (j < s.Length && s[j] != '\n')
        {
            if (s[j] == '\\')
                j += 2;
            else if (s[j] == '\'')
                return j + 1;
            else
                j++;
        }
        return Math.Min(j, s.Length);
    }
}
