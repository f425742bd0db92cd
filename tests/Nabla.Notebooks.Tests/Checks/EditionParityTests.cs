namespace Nabla.Notebooks.Tests;

public sealed class EditionParityTests
{
    private const string Original = """
        // Train and print the loss.
        var history = trainer.Fit(train);
        Console.WriteLine($"loss {history[^1].TrainLoss:F4} after {history.Count} epochs");
        Plot.Lines(xs, [("train", ys)], title: "Loss per epoch", xTitle: "epoch")
        """;

    [Fact]
    public void Translated_comments_and_string_text_keep_the_code_equal()
    {
        const string korean = """
            // 학습하고 손실을 출력합니다.
            var history = trainer.Fit(train);
            Console.WriteLine($"손실 {history[^1].TrainLoss:F4}, 에폭 {history.Count}개 후");
            Plot.Lines(xs, [("학습", ys)], title: "에폭별 손실", xTitle: "에폭")
            """;
        Assert.Null(EditionParity.FirstDifference(Original, korean));
    }

    [Theory]
    [InlineData("var history = trainer.Fit(train);", "var history = trainer.Fit(validation);", "found \"validation\" at line 2 where the original has \"train\"")]
    [InlineData("TrainLoss:F4", "TrainLoss:F2", "found \"F2\"")]
    [InlineData("title: \"Loss per epoch\", xTitle: \"epoch\")", "title: \"Loss per epoch\")", "found \")\"")]
    public void A_changed_name_format_or_argument_is_a_difference(string from, string to, string expected)
    {
        string changed = Original.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Original, changed);
        Assert.Contains(expected, EditionParity.FirstDifference(Original, changed));
    }

    [Fact]
    public void Cells_must_match_in_number_and_kind()
    {
        var english = Notebook.CreateCSharp();
        english.Cells.AddRange([Cell.Markdown("# One"), Cell.Code("1 + 1")]);
        var korean = Notebook.CreateCSharp();
        korean.Cells.AddRange([Cell.Markdown("# 하나"), Cell.Markdown("더"), Cell.Code("1 + 1")]);

        var problems = EditionParity.Check(english, korean, "ko/x.ipynb");

        Assert.Contains("ko/x.ipynb: expected 2 cells as in the original, found 3", problems);
        Assert.Contains("ko/x.ipynb: cell 2: expected a code cell as in the original, found a markdown cell", problems);
    }
}
