namespace Nabla.Notebooks.Tests;

/// <summary>Notebooks run in their own worker process (the Nabla.Cli.dll next to the tests).</summary>
public sealed class RunnerTests
{
    [Fact]
    public async Task A_runaway_cell_is_stopped_at_the_timeout_and_later_cells_are_not_run()
    {
        using var temp = new TempFolder();
        string path = temp.WriteNotebook("loop.ipynb", "while (true) { }", "1 + 1", "2 + 2");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await NotebookRunner.RunAsync(path, new RunOptions(CellTimeout: TimeSpan.FromSeconds(3)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(40), $"took {watch.Elapsed}");
        Assert.True(result.TimedOut);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.CellNumber);
        Assert.Equal("while (true) { }", error.FirstLine);
        Assert.Equal("Cell 1 did not finish within 3 s; the notebook process was stopped.\nCells not run: 2, 3.", error.Message);
        Assert.Equal(new[] { 2, 3 }, result.NotRunCells);
        Assert.Empty(result.Executed.Cells[1].Outputs);
        Assert.Null(result.Executed.Cells[1].ExecutionCount);
    }

    [Fact]
    public async Task A_worker_that_dies_is_reported_on_the_running_cell()
    {
        using var temp = new TempFolder();
        string path = temp.WriteNotebook("exit.ipynb", "1", "Environment.Exit(3);", "2");
        var result = await NotebookRunner.RunAsync(path);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.CellNumber);
        Assert.StartsWith("The notebook process exited with code 3 while running cell 2.", error.Message);
        Assert.Contains("Cells not run: 3.", error.Message);
    }

    [Fact]
    public async Task The_kit_package_charts_and_live_charts_work_across_the_process_boundary()
    {
        using var temp = new TempFolder();
        string path = temp.WriteNotebook("full.ipynb",
            "#r \"nuget: Nabla.Interactive, 0.9.0\"\nusing Nabla; using Nabla.Plots;",
            "Tensor.Scalar(3.0).Item()",
            "var h = display(\"epoch 0\");",
            "Plot.Line(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })",
            "h.Update(\"epoch 9\");\nvar live = LiveChart.Show(title: \"live\");\nfor (int e = 1; e <= 3; e++) live.Report((e, 1.0 / e, null));\nConsole.WriteLine(\"done\");",
            "AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name is \"FSharp.Core\" or \"MathNet.Numerics\" or \"Plotly.NET\" or \"Nabla\")");
        var progress = new List<RunProgress>();
        var result = await NotebookRunner.RunAsync(path, progress: new Collect(progress));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        var cells = result.Executed.Cells;
        Assert.Contains("<pre>3</pre>", cells[1].Outputs[0].Data["text/html"]);
        // The real kernel (1.0.712001) loses display(x).Update(y): the handle's id is not the one it published.
        // The runner shows what Jupyter shows.
        Assert.Equal("epoch 0", Assert.Single(cells[2].Outputs).Data["text/plain"]);
        Assert.Contains("Plotly.newPlot(", cells[3].Outputs[0].Data["text/html"]);
        // LiveChart.Show redraws its own output: the last drawing has all three epochs.
        var live = Assert.Single(cells[4].Outputs, o => o.OutputType == "display_data").Data["text/html"];
        Assert.Contains("\"x\":[1.0,2.0,3.0]", live);
        Assert.Equal("done\n", Assert.Single(cells[4].Outputs, o => o.OutputType == "stream").Text);
        Assert.Contains("<pre>4</pre>", cells[5].Outputs[0].Data["text/html"]); // each loaded once
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, cells.Select(c => c.ExecutionCount ?? 0));
        Assert.NotNull(result.FirstCellLatencySeconds);
        Assert.Equal(6, result.CellTimings.Count);
        Assert.Equal(6, progress.Count(p => p.Kind == RunProgressKind.CellFinished));
        Assert.Equal(RunProgressKind.Finished, progress[^1].Kind);
    }

    [Fact]
    public async Task Missing_and_malformed_notebooks_are_rejected_before_running()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => NotebookRunner.RunAsync("/nonexistent/x.ipynb"));
        string bad = Path.Combine(TempFolder.TestNotebooks, "malformed", "nbformat3.ipynb");
        var e = await Assert.ThrowsAsync<NotebookFormatException>(() => NotebookRunner.RunAsync(bad));
        Assert.EndsWith("expected nbformat 4, found 3", e.Message);
    }

    private sealed class Collect(List<RunProgress> list) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (list)
                list.Add(value);
        }
    }
}
