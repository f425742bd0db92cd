using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Grading;

/// <summary>What a grader's process receives from the checks (Expect.Grading.cs).</summary>
public sealed class ExpectSinkTests
{
    /// <summary>Runs <paramref name="checks"/> with a sink installed; returns the messages whose name starts with <paramref name="prefix"/>.</summary>
    private static List<JsonObject> Collect(string prefix, Action checks)
    {
        var messages = new List<JsonObject>();
        Action<string> sink = line =>
        {
            lock (messages)
                messages.Add(JsonNode.Parse(line)!.AsObject());
        };
        AppContext.SetData(Expect.SinkKey, sink);
        try
        {
            checks();
        }
        finally
        {
            AppContext.SetData(Expect.SinkKey, null);
        }
        lock (messages)
            return [.. messages.Where(m => ((string?)m["name"])!.StartsWith(prefix, StringComparison.Ordinal))];
    }

    [Fact]
    public void A_check_sends_its_name_found_expected_and_tolerance()
    {
        // The check fails after sending: the grader learns the value even when the notebook stops here.
        var messages = Collect("sink-close", () => Assert.Throws<ExpectationFailedException>(() => Expect.Close("sink-close", 0.5, 0.25, 1e-3)));
        Assert.Equal("""{"name":"sink-close","found":0.5,"expected":0.25,"tolerance":0.001}""", Assert.Single(messages).ToJsonString());
    }

    [Fact]
    public void A_report_sends_only_the_found_value_as_plain_data()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0, 3.0 }, { 4.0, double.NaN, double.NegativeInfinity } });
        var messages = Collect("sink-report", () =>
        {
            Expect.Report("sink-report-double", double.PositiveInfinity);
            Expect.Report("sink-report-list", new[] { 1.5, -2.0 });
            Expect.Report("sink-report-matrix", m);
            Expect.Report("sink-report-long", 7L);
            Expect.Report("sink-report-text", "cat");
            Expect.Report("sink-report-bool", false);
        });
        Assert.Equal(
        [
            """{"name":"sink-report-double","found":"Infinity"}""",
            """{"name":"sink-report-list","found":[1.5,-2]}""",
            """{"name":"sink-report-matrix","found":{"rows":2,"columns":3,"data":[1,2,3,4,"NaN","-Infinity"]}}""",
            """{"name":"sink-report-long","found":7}""",
            """{"name":"sink-report-text","found":"cat"}""",
            """{"name":"sink-report-bool","found":false}""",
        ], messages.Select(x => x.ToJsonString()));
    }

    [Fact]
    public void True_and_Equal_send_what_they_compare()
    {
        var messages = Collect("sink-other", () =>
        {
            Expect.True("sink-other-true", true, "the loss falls");
            Expect.Equal("sink-other-equal", 3L, 3L);
        });
        Assert.Equal(
        [
            """{"name":"sink-other-true","found":true,"expected":true,"requirement":"the loss falls"}""",
            """{"name":"sink-other-equal","found":3,"expected":3}""",
        ], messages.Select(x => x.ToJsonString()));
    }

    [Fact]
    public void Without_a_grader_nothing_is_sent_and_a_report_only_prints()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            Expect.Report("sink-alone", 1.0);
        }
        finally
        {
            Console.SetOut(console);
        }
        Assert.Contains("• sink-alone reported", output.ToString());
    }
}
