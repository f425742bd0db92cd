namespace Nabla.Notebooks.Tests;

/// <summary>
/// The Korean edition (notebooks/ko) has every lesson, each in step with its English original: the same cells, and code
/// equal token for token (only comments and string text translated). Running, checking and the quote check of the
/// Korean lessons happen in <see cref="LessonNotebookTests"/> and the real-kernel tests, which cover both editions.
/// </summary>
public sealed class KoreanEditionTests
{
    public static TheoryData<string> English() => [.. LessonRuns.English];

    [Theory]
    [MemberData(nameof(English))]
    public void Each_lesson_has_a_korean_edition_with_the_same_cells_and_code(string lesson)
    {
        string korean = Path.Combine(TestRepo.Root, "notebooks", "ko", lesson);
        Assert.True(File.Exists(korean), $"expected the Korean edition of {lesson} at {korean}, found none");
        var problems = EditionParity.Check(Notebook.Load(Path.Combine(TestRepo.Root, "notebooks", lesson)), Notebook.Load(korean), korean);
        Assert.Empty(problems);
        Assert.Contains(Notebook.Load(korean).Cells, c => c.CellType == "markdown" && c.Source.Any(ch => ch is >= '가' and <= '힣'));
    }

    [Fact]
    public void The_glossary_names_each_term_in_both_languages_and_the_lesson_that_introduces_it()
    {
        string glossary = File.ReadAllText(Path.Combine(TestRepo.Root, "notebooks", "ko", "glossary.md"));
        var rows = glossary.Split('\n').Where(l => l.TrimStart().StartsWith('|')).Skip(2).ToList(); // after header and rule
        Assert.True(rows.Count >= 50, $"expected a glossary of at least 50 terms, found {rows.Count}");
        foreach (var row in rows)
        {
            var cells = System.Text.RegularExpressions.Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray(); // \| is a pipe inside a cell
            Assert.True(cells.Length == 4, $"expected 4 columns (Korean, English, symbol, lesson), found {cells.Length} in \"{row}\"");
            Assert.Matches("^0[0-9]$", cells[3]);
            Assert.True(File.Exists(Path.Combine(TestRepo.Root, "notebooks", "ko", LessonRuns.English.First(l => l.StartsWith(cells[3] + "-", StringComparison.Ordinal)))));
        }
    }
}
