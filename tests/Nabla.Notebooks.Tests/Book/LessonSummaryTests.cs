using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests.Book;

public sealed class LessonSummaryTests
{
    private static Notebook WithMarkdown(params string[] markdownCells)
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.AddRange(markdownCells.Select(Cell.Markdown));
        return notebook;
    }

    [Fact]
    public void Title_is_the_first_heading_and_goals_the_list_after_the_goals_heading()
    {
        var summary = LessonSummary.From(WithMarkdown(
            "# 02 · Losses — from *likelihood*\n\nIntro list:\n\n- not a goal\n\n## Goals\n\n- Derive `MSE` from a Gaussian.\n- See why $p^d$ matters."), "fallback");
        Assert.Equal("02 · Losses — from likelihood", summary.Title);
        Assert.Equal(["Derive MSE from a Gaussian.", "See why p^d matters."], summary.Goals);
        Assert.StartsWith("<ul>", summary.GoalsHtml);
        Assert.Contains("<code>MSE</code>", summary.GoalsHtml);
    }

    [Fact]
    public void A_bold_goals_paragraph_also_introduces_the_goals()
    {
        var summary = LessonSummary.From(WithMarkdown("# T\n\n- first list\n\n**Goals:**\n\n1. one\n2. two"), "fallback");
        Assert.Equal(["one", "two"], summary.Goals);
        Assert.StartsWith("<ol>", summary.GoalsHtml);
    }

    [Fact]
    public void Without_a_goals_heading_the_first_list_of_the_first_markdown_cell_is_used()
    {
        var summary = LessonSummary.From(WithMarkdown("# T\n\nYou will:\n\n- a\n- b", "- not this"), "fallback");
        Assert.Equal(["a", "b"], summary.Goals);
    }

    [Fact]
    public void Without_headings_or_lists_the_file_name_is_the_title_and_there_are_no_goals()
    {
        var summary = LessonSummary.From(WithMarkdown("Just text."), "07-dropout");
        Assert.Equal("07-dropout", summary.Title);
        Assert.Empty(summary.Goals);
        Assert.Equal("", summary.GoalsHtml);
    }

    [Fact]
    public void Goals_in_labelled_parts_are_all_kept_with_their_labels()
    {
        var summary = LessonSummary.From(WithMarkdown(
            "# T\n\n## Goals\n\nTwo sittings.\n\n**Part 1:**\n\n- one\n- two\n\n**Part 2:**\n\n- three\n\n**Notation.** s is a spread.\n\n## Next\n\n- not a goal"), "fallback");
        Assert.Equal(["one", "two", "three"], summary.Goals);
        Assert.Contains("<strong>Part 1:</strong>", summary.GoalsHtml);
        Assert.Contains("<strong>Part 2:</strong>", summary.GoalsHtml);
        Assert.DoesNotContain("Notation", summary.GoalsHtml);
        Assert.DoesNotContain("not a goal", summary.GoalsHtml);
    }
}
