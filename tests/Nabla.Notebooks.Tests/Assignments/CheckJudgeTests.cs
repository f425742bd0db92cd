using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

public sealed class CheckJudgeTests
{
    private static (bool, string) Judge(string expectation, string? found) =>
        CheckJudge.Judge(JsonNode.Parse(expectation)!.AsObject(), found is null ? null : JsonNode.Parse(found));

    [Theory]
    [InlineData("1.00000001", true)]    // |diff| = 1e-8 = tolerance * max(1, |1|)
    [InlineData("1.0000001", false)]
    [InlineData("\"NaN\"", false)]
    [InlineData("\"Infinity\"", false)]
    public void A_number_passes_within_the_tolerance_relative_to_max_1_expected(string found, bool passes) =>
        Assert.Equal(passes, Judge("""{"name":"a","expected":1,"tolerance":1e-8}""", found).Item1);

    [Fact]
    public void An_infinity_passes_only_against_the_same_infinity()
    {
        Assert.True(Judge("""{"name":"a","expected":"-Infinity","tolerance":0}""", "\"-Infinity\"").Item1);
        Assert.False(Judge("""{"name":"a","expected":"Infinity","tolerance":0}""", "\"-Infinity\"").Item1);
    }

    [Fact]
    public void Arrays_and_matrices_compare_entry_by_entry_and_name_the_first_miss()
    {
        Assert.Equal((false, "at index 1, expected 2, found 3 (tolerance 0)"), Judge("""{"expected":[1,2],"tolerance":0}""", "[1,3]"));
        Assert.Equal((false, "expected shape 2 values, found 3 values"), Judge("""{"expected":[1,2],"tolerance":0}""", "[1,2,3]"));
        string matrix = """{"expected":{"rows":2,"columns":2,"data":[1,2,3,4]},"tolerance":0}""";
        Assert.True(Judge(matrix, """{"rows":2,"columns":2,"data":[1,2,3,4]}""").Item1);
        Assert.Equal((false, "at row 1, column 0, expected 3, found 5 (tolerance 0)"), Judge(matrix, """{"rows":2,"columns":2,"data":[1,2,5,4]}"""));
        Assert.Equal((false, "expected shape (2, 2), found 4 values"), Judge(matrix, "[1,2,3,4]"));
        Assert.Equal((false, "expected numbers, found something else"), Judge(matrix, "\"1 2 3 4\""));
    }

    [Fact]
    public void Counts_and_text_must_be_equal_and_properties_true()
    {
        Assert.True(Judge("""{"expected":3}""", "3").Item1);
        Assert.Equal((false, "expected 3, found 4"), Judge("""{"expected":3}""", "4"));
        Assert.Equal((false, "expected \"cat\", found \"Cat\""), Judge("""{"expected":"cat"}""", "\"Cat\""));
        Assert.Equal((false, "the loss must fall"), Judge("""{"expected":true,"requirement":"the loss must fall"}""", "false"));
        Assert.Equal((false, "the loss must fall"), Judge("""{"expected":true,"requirement":"the loss must fall"}""", "\"true\""));
        Assert.True(Judge("""{"expected":true,"requirement":"the loss must fall"}""", "true").Item1);
    }

    [Fact]
    public void Nothing_reported_fails() =>
        Assert.False(Judge("""{"expected":1,"tolerance":0}""", null).Item1);
}
