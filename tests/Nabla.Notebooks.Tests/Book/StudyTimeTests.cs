using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

public sealed class StudyTimeTests
{
    private static Cell Words(int n, string extra = "") => Cell.Markdown(string.Join(' ', Enumerable.Repeat("word", n)) + extra);

    [Fact]
    public void Reading_code_cells_and_try_its_add_up_rounded_to_five_minutes()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Words(1200));                                   // 10 min of reading
        notebook.Cells.AddRange(Enumerable.Range(0, 6).Select(_ => Cell.Code("1")));   // 6 min
        notebook.Cells.Add(Words(0, "**Try it:** change `lr`. **Try it:** again.")); // 2 x 3 min (and 6 words)

        var time = StudyTime.Of(notebook);
        Assert.Equal([25], time.Parts);                                    // 22.05 min, rounded up
        Assert.Equal("about 25 min", time.ToString());
    }

    [Fact]
    public void A_tagged_cell_starts_the_next_sitting()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Words(2400));                                   // 20 min
        var stop = Words(1200);                                            // 10 min, in part two
        stop.Metadata["tags"] = new JsonArray(StudyTime.BreakTag);
        notebook.Cells.Add(stop);
        notebook.Cells.Add(Cell.Code("1"));

        var time = StudyTime.Of(notebook);
        Assert.Equal([20, 15], time.Parts);
        Assert.Equal("about 35 min, in two sittings (20 + 15 min)", time.ToString());
    }

    [Fact]
    public void The_index_shows_each_lessons_study_time()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Markdown("# A lesson\n\n**Goals**\n\n- one"));
        var lesson = BookLesson.Create("01-a.ipynb", notebook);
        string html = IndexPage.Render([lesson], new BookOptions());
        Assert.Contains("<div class=\"study\">Study time: about 5 min</div>", html);
    }
}
