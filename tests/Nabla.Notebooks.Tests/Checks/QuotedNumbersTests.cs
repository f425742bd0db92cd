namespace Nabla.Notebooks.Tests;

/// <summary>The quoted-number check: what backs a number in the text, and what does not.</summary>
public sealed class QuotedNumbersTests
{
    private static Notebook Executed(params Cell[] cells)
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.AddRange(cells);
        return notebook;
    }

    private static Cell Printed(string source, string output)
    {
        var cell = Cell.Code(source);
        cell.Outputs.Add(CellOutput.Stream("stdout", output));
        return cell;
    }

    private static IReadOnlyList<string> Problems(params Cell[] cells) => QuotedNumbers.Check(Executed(cells), "lesson.ipynb");

    [Theory]
    [InlineData("accuracy: 0.9661", "The model is right 96.6% of the time.")]
    [InlineData("accuracy: 96.61 %", "The model is right 96.6% of the time.")]
    [InlineData("1932 of 2000 right", "It gets 1,932 of 2,000 right.")]
    [InlineData("loss 0.84504", "The loss falls to 0.8450, then to 0.845.")]
    [InlineData("gradient -0.25", "The gradient is −0.25.")]
    [InlineData("eps = 1E-08", "A step of 1e-8 is small.")]
    [InlineData("kept epoch 7 of 15", "KeepBest kept epoch 7.")]
    [InlineData("1932 of 2000 right, accuracy 0.9661", "2,000개 중 1,932개를 맞혀 96.6%의 정확도입니다.")]
    public void A_number_printed_above_backs_the_text(string output, string text)
    {
        Assert.Empty(Problems(Printed("Run();", output), Cell.Markdown(text)));
    }

    [Fact]
    public void A_deliberately_wrong_number_is_reported_with_cell_and_context()
    {
        var problems = Problems(Printed("Run();", "accuracy: 0.9661"), Cell.Markdown("The model is right 95.6% of the time."));
        string problem = Assert.Single(problems);
        Assert.Contains("lesson.ipynb: cell 2: the text quotes 95.6%", problem);
        Assert.Contains("right 95.6% of the time", problem);
    }

    [Fact]
    public void A_number_followed_by_a_korean_particle_is_still_checked()
    {
        var problem = Assert.Single(Problems(Printed("Run();", "accuracy: 0.9661"), Cell.Markdown("정확도는 95.6%입니다.")));
        Assert.Contains("the text quotes 95.6%", problem);
    }

    [Fact]
    public void The_text_may_not_be_more_precise_than_the_output()
    {
        Assert.Single(Problems(Printed("Run();", "loss 0.8"), Cell.Markdown("The loss is 0.80.")));
        Assert.Single(Problems(Printed("Run();", "loss 0.84"), Cell.Markdown("The loss is 0.8412.")));
    }

    [Fact]
    public void Only_earlier_outputs_count()
    {
        var problems = Problems(Cell.Markdown("You will see 0.9661."), Printed("Run();", "accuracy: 0.9661"));
        Assert.Contains("cell 1: the text quotes 0.9661", Assert.Single(problems));
    }

    [Fact]
    public void Errors_and_chart_html_do_not_back_a_number()
    {
        var failed = Cell.Code("Run();");
        failed.Outputs.Add(CellOutput.Error("Exception", "expected 42"));
        var chart = Cell.Code("chart");
        chart.Outputs.Add(CellOutput.Display("text/html", "<div>{\"y\":[42]}</div>"));
        Assert.Single(Problems(failed, chart, Cell.Markdown("The answer is 42.")));
    }

    [Fact]
    public void A_literal_in_any_code_cell_backs_a_setting()
    {
        Assert.Empty(Problems(Cell.Markdown("We train for 15 epochs at a step size of 0.25 on 2,000 points."),
                              Cell.Code("var run = Train(epochs: 15, lr: 0.25, n: 2_000);")));
    }

    [Theory]
    [InlineData("Constants of the text go in backticks: `784` inputs, `1/4`.")]
    [InlineData("```\n0.123\n```")]
    [InlineData("## 4 · Three layers")]
    [InlineData("As lesson 05 showed, W2 and log2 and a 28x28 image, the 3rd try, version 0.9.0.")]
    [InlineData("See [the notes](https://example.org/page-17.html).")]
    [InlineData("Section 6 explains dropout; sections 5 to 9 use it; see §3. 6절에서 설명하고, 1–4절은 기초입니다.")]
    public void Marked_constants_and_identifiers_are_not_quotes(string text)
    {
        Assert.Empty(Problems(Cell.Markdown(text)));
    }

    [Fact]
    public void A_section_number_is_skipped_but_a_number_later_in_the_heading_is_checked()
    {
        var problem = Assert.Single(Problems(Cell.Markdown("## 4 · A 3-layer network")));
        Assert.Contains("quotes 3 ", problem);
    }

    [Fact]
    public void The_cell_allow_list_backs_its_numbers()
    {
        var cell = Cell.Markdown("sigmoid′ peaks at 0.25.");
        Assert.Single(Problems(cell));
        cell.Metadata["nabla"] = new System.Text.Json.Nodes.JsonObject { ["constants"] = new System.Text.Json.Nodes.JsonArray("0.25") };
        Assert.Empty(Problems(cell));
    }
}
