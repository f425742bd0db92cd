using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nabla.Notebooks;

/// <summary>
/// Checks that the numbers a lesson's text quotes are numbers its cells print. Every number in the
/// running text of a markdown cell must be <b>backed</b> by one of:
/// <list type="number">
/// <item>an output (stream or plain text) of an <i>earlier</i> code cell, equal after rounding to the
/// quoted precision: "96.6%" is backed by 96.6, 96.61 or 0.9661, "1,932" by 1932;</item>
/// <item>a numeric literal in the source of any code cell (a setting the learner can see, such as
/// <c>lr = 0.25</c> or <c>epochs: 15</c>);</item>
/// <item>the cell's allow-list, metadata <c>nabla.constants</c> (an array of strings such as "1/4").</item>
/// </list>
/// Not checked: numbers in <c>`code`</c> spans and code blocks (the marker for a constant of the text:
/// write <c>`784`</c>), link targets, HTML, the section number that opens a heading, references to sections
/// ("section 6", "sections 5 to 9", "6절"), zero-padded lesson numbers ("lesson 05"), version-like numbers (0.9.0),
/// and digits glued to letters (W2, log2, 28x28, 3rd).
/// </summary>
public static partial class QuotedNumbers
{
    /// <summary>The metadata key of a markdown cell's allow-list: <c>{"nabla": {"constants": ["1/4"]}}</c>.</summary>
    public const string ConstantsKey = "constants";

    /// <summary>Returns one message per unbacked number, naming the notebook, the cell and the words around it.</summary>
    /// <param name="executed">The executed notebook (with outputs).</param>
    /// <param name="name">The name used in messages, usually the notebook's path.</param>
    public static IReadOnlyList<string> Check(Notebook executed, string name)
    {
        var literals = new HashSet<decimal>();
        foreach (var cell in executed.Cells.Where(c => c.IsCode))
        {
            foreach (var number in Numbers(cell.Source.Replace("_", "")))
                literals.Add(Math.Abs(number.Value));
        }

        var printed = new List<Quoted>();
        var problems = new List<string>();
        for (int i = 0; i < executed.Cells.Count; i++)
        {
            var cell = executed.Cells[i];
            if (cell.IsCode)
            {
                foreach (var output in cell.Outputs.Where(o => !o.IsError))
                    printed.AddRange(Numbers(PlainText(output)));
                continue;
            }
            if (cell.CellType != "markdown")
                continue;
            var allowed = Constants(cell.Metadata);
            foreach (var (quoted, context) in QuotesIn(cell.Source))
            {
                if (allowed.Contains(quoted.Text) || literals.Contains(Math.Abs(quoted.Value)) || printed.Any(p => Backs(p, quoted)))
                    continue;
                problems.Add($"{name}: cell {i + 1}: the text quotes {quoted.Text} (\"{context}\") but no earlier output prints it "
                    + "and no code cell contains it; print it in a cell above, or mark a constant of the text as `" + quoted.Text + "`");
            }
        }
        return problems;
    }

    /// <summary>A number as written: its text, value, decimals and whether a % sign follows.</summary>
    public readonly record struct Quoted(string Text, decimal Value, int Decimals, bool Percent);

    /// <summary>True when <paramref name="output"/> rounds to <paramref name="quoted"/> at the quoted precision (a percent may quote a fraction).</summary>
    public static bool Backs(Quoted output, Quoted quoted)
    {
        decimal target = Math.Abs(quoted.Value);
        decimal value = Math.Abs(output.Value);
        if (output.Decimals < quoted.Decimals)
            return false; // 0.8 does not back 0.80 or 0.8012: the text may not be more precise than the output
        if (Math.Round(value, quoted.Decimals, MidpointRounding.AwayFromZero) == target)
            return true;
        return quoted.Percent && !output.Percent && value <= 1
            && Math.Round(value * 100, quoted.Decimals, MidpointRounding.AwayFromZero) == target;
    }

    /// <summary>The numbers in the running text of one markdown cell, with a few words of context each.</summary>
    public static IEnumerable<(Quoted Number, string Context)> QuotesIn(string markdown)
    {
        var document = MarkdownHtml.Parse(markdown);
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.FirstParentOfType<LinkInline>() is { IsImage: true })
                continue;
            string text = literal.Content.ToString();
            bool headingStart = literal.Parent?.ParentBlock is HeadingBlock && literal.Parent.FirstChild == literal;
            bool first = true;
            foreach (var number in Tokens(text))
            {
                bool skip = headingStart && first && text[..number.Start].Trim().Length == 0;
                first = false;
                if (skip || LessonNumber().IsMatch(number.Quoted.Text) || IsSectionNumber(text, number.Start, number.Quoted.Text.Length))
                    continue;
                yield return (number.Quoted, Context(text, number.Start, number.Quoted.Text.Length));
            }
        }
    }

    private static IEnumerable<Quoted> Numbers(string text) => Tokens(text).Select(t => t.Quoted);

    private static IEnumerable<(Quoted Quoted, int Start)> Tokens(string text)
    {
        foreach (Match match in Number().Matches(text))
        {
            int start = match.Index, end = match.Index + match.Length;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.'))
                continue; // W2, x0, log2, or the tail of 0.9.0
            string body = match.Groups["body"].Value;
            if (end < text.Length && (IsNameLetter(text[end]) || text[end] == '_'))
                continue; // 28x28, 3rd, 10k (but Korean particles may follow a number: "1,932개", "96.6%의")
            if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
                continue; // a version such as 0.9.0
            string digits = body.Replace(",", "");
            if (!decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            int exponent = digits.IndexOfAny(['e', 'E']);
            string mantissa = exponent < 0 ? digits : digits[..exponent];
            int dot = mantissa.IndexOf('.');
            int decimals = dot < 0 ? 0 : mantissa.Length - dot - 1;
            if (exponent >= 0)
                decimals = Math.Clamp(decimals - int.Parse(digits[(exponent + 1)..], CultureInfo.InvariantCulture), 0, 28); // 2.5e-3 has 4 decimals
            bool percent = match.Groups["percent"].Success;
            yield return (new Quoted(body + (percent ? "%" : ""), value, decimals, percent), start);
        }
    }

    /// <summary>A letter of a Latin, Greek or Cyrillic name; Hangul and CJK, which follow numbers as words do, are not.</summary>
    private static bool IsNameLetter(char c) => char.IsLetter(c) && c < '\u1100';

    private static string PlainText(CellOutput output)
    {
        if (output.OutputType == "stream")
            return output.Text ?? "";
        return output.Data.TryGetValue("text/plain", out var plain) ? plain
            : output.Data.TryGetValue("text/markdown", out var markdown) ? markdown : "";
    }

    private static HashSet<string> Constants(JsonObject metadata)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (JsonText.At(metadata, "nabla", ConstantsKey) is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonValue value && value.TryGetValue<string>(out var text))
                    set.Add(text);
            }
        }
        return set;
    }

    private static string Context(string text, int start, int length)
    {
        int from = Math.Max(0, start - 30), to = Math.Min(text.Length, start + length + 30);
        return (from > 0 ? "…" : "") + text[from..to].Replace('\n', ' ').Trim() + (to < text.Length ? "…" : "");
    }

    [GeneratedRegex(@"(?<body>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?<percent>\s?%)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^0\d$")]
    private static partial Regex LessonNumber();

    /// <summary>"section 6", "sections 5 to 9", "§3", "6절", "1–4절": a reference to a part of the text, not a quoted value.</summary>
    private static bool IsSectionNumber(string text, int start, int length) =>
        SectionBefore().IsMatch(text[..start]) || SectionAfter().IsMatch(text[(start + length)..]);

    [GeneratedRegex(@"(?:\b[Ss]ections?|§)\s*(?:\d+\s*(?:to|and|or|,|–|-|~)\s*)?$")]
    private static partial Regex SectionBefore();

    [GeneratedRegex(@"^(?:\s*[~–-]\s*\d+)?\s*절")]
    private static partial Regex SectionAfter();
}
