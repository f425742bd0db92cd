using static Nabla.Notebooks.Tests.Book.BookSamples;

namespace Nabla.Notebooks.Tests.Book;

/// <summary>The Korean edition's pages: in Korean, linked to their English twins, sharing the English book's plotly.js, with a glossary.</summary>
public sealed class EditionBookTests
{
    private static readonly BookOptions Korean = Options with
    {
        Title = "Nabla (한국어)",
        Introduction = BookOptions.KoreanIntroduction,
        Text = BookText.Korean,
        OtherEdition = new BookEdition("English", "en", "../", new HashSet<string> { "index.html", "00-a.html" }),
        AssetPrefix = "../",
        GlossaryMarkdown = "| 한국어 | English | 기호 | 레슨 |\n|---|---|---|---|\n| 손실 함수 | loss function | L | 01 |\n",
    };

    [Fact]
    public void Korean_pages_say_so_link_their_english_twins_and_share_plotly()
    {
        var files = BookRenderer.RenderFiles(
            [("00-a.ipynb", Lesson("가", Executed("1", 1, FakeChart("c1")))), ("01-b.ipynb", Lesson("나", Executed("2", 1)))], Korean);

        string lesson = Page(files, "00-a.html");
        Assert.Contains("<html lang=\"ko\">", lesson);
        Assert.Contains("<a class=\"edition\" hreflang=\"en\" lang=\"en\" href=\"../00-a.html\">English</a>", lesson);
        Assert.Contains("<script src=\"../assets/plotly.min.js\"></script>", lesson);
        Assert.Contains("⌂ 전체 레슨", lesson);
        Assert.DoesNotContain("hreflang", Page(files, "01-b.html")); // no English twin: no link
        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("assets/", StringComparison.Ordinal));

        string index = Page(files, "index.html");
        Assert.Contains("href=\"../index.html\">English</a>", index);
        Assert.Contains("<a class=\"glossary\" href=\"glossary.html\">용어집</a>", index);
        Assert.Contains("학습 시간: 약 5분", index);
        Assert.Contains("✓ 오류 없이 실행됨", index);
        Assert.Contains("<td>손실 함수</td>", Page(files, "glossary.html"));
    }

    [Fact]
    public void English_pages_link_to_the_korean_edition()
    {
        var options = Options with { OtherEdition = new BookEdition("한국어", "ko", "ko/", new HashSet<string> { "index.html", "00-a.html" }) };
        var files = BookRenderer.RenderFiles([("00-a.ipynb", Lesson("A", Executed("1", 1)))], options);
        Assert.Contains("<a class=\"edition\" hreflang=\"ko\" lang=\"ko\" href=\"ko/00-a.html\">한국어</a>", Page(files, "00-a.html"));
        Assert.Contains("href=\"ko/index.html\">한국어</a>", Page(files, "index.html"));
        Assert.Contains("<html lang=\"en\">", Page(files, "index.html"));
    }

    [Fact]
    public void Korean_study_times_read_naturally()
    {
        Assert.Equal("약 80분, 2번에 나눠서 (35 + 45분)", BookText.Korean.Study(new StudyTime([35, 45])));
        Assert.Equal("about 80 min, in two sittings (35 + 45 min)", BookText.English.Study(new StudyTime([35, 45])));
    }
}
