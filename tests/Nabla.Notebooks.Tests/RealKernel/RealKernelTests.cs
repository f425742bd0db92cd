using Xunit.Abstractions;

namespace Nabla.Notebooks.Tests.RealKernel;

/// <summary>Runs every lesson, and a notebook of kernel behaviours, in the real kernel through Jupyter's client, once.</summary>
public sealed class RealKernelRuns : IAsyncLifetime
{
    /// <summary>A notebook of kernel behaviours beyond the lessons (errors, displays, streams, imports, packages).</summary>
    public static readonly string Semantics = Path.Combine(TempFolder.TestNotebooks, "kernel-semantics.ipynb");

    public string Folder { get; } = Path.Combine(TestRepo.Root, "artifacts", "real-kernel", "executed");

    /// <summary>Seconds per notebook in the real kernel, as nbclient measured them.</summary>
    public Dictionary<string, double> Seconds { get; private set; } = [];

    public Notebook Executed(string name) => Notebook.Load(Path.Combine(Folder, name));

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        // One Jupyter run per edition: the executed copies keep their file names, which the editions share.
        var english = LessonRuns.English.Select(l => Path.Combine(TestRepo.Root, "notebooks", l)).Append(Semantics);
        Seconds = await RealKernel.ExecuteAsync(Folder, english);
        if (LessonRuns.Korean.Count > 0)
        {
            var korean = LessonRuns.Korean.Select(l => Path.Combine(TestRepo.Root, "notebooks", l));
            foreach (var (name, seconds) in await RealKernel.ExecuteAsync(Path.Combine(Folder, "ko"), korean))
                Seconds["ko/" + name] = seconds;
        }
        var assignments = Assignments.Select(a => Path.Combine(TestRepo.Root, "notebooks", a));
        foreach (var (name, seconds) in await RealKernel.ExecuteAsync(Path.Combine(Folder, "assignments"), assignments))
            Seconds["assignments/" + name] = seconds;
    }

    /// <summary>The instructor notebooks of the assignments, relative to notebooks/: "assignments/01-losses-and-backprop.ipynb".</summary>
    public static IReadOnlyList<string> Assignments { get; } =
        [.. Directory.GetFiles(Path.Combine(TestRepo.Root, "notebooks", "assignments"), "*.ipynb").Order(StringComparer.Ordinal)
            .Select(f => "assignments/" + Path.GetFileName(f))];

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The ground truth: each lesson runs in the real .NET Interactive kernel with zero errors and all its charts, and
/// the kit's runner (which hosts the same kernel library) produces what the real kernel produces, cell by cell.
/// </summary>
public sealed class RealKernelTests(RealKernelRuns runs, ITestOutputHelper log) : IClassFixture<RealKernelRuns>
{
    /// <summary>Cells whose printed text is a measured time, which no two runs share; the rest of them is still compared.</summary>
    public const string TimingTag = "timing";

    public static TheoryData<string> Lessons() => [.. LessonRuns.Lessons];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_runs_in_the_real_kernel_with_no_errors_and_every_chart(string lesson)
    {
        var kernel = runs.Executed(lesson);
        var runner = (await LessonRuns.RunnerAsync(lesson)).Executed;
        log.WriteLine($"{lesson}: real kernel {runs.Seconds[lesson]:F1} s");

        var errors = kernel.Cells.Select((c, i) => (c, i)).SelectMany(x => x.c.Outputs.Where(o => o.IsError).Select(o => $"cell {x.i + 1}: {o.ErrorValue}")).ToList();
        Assert.True(errors.Count == 0, $"{lesson} in the real kernel:\n{string.Join("\n", errors)}");
        int charts = kernel.Cells.Sum(c => c.Outputs.Count(OutputHtml.IsChart));
        Assert.Equal(runner.Cells.Sum(c => c.Outputs.Count(OutputHtml.IsChart)), charts);
        Assert.True(charts > 0, $"{lesson} drew no chart in the real kernel");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Runner_and_real_kernel_agree_cell_by_cell(string lesson) =>
        AssertAgree(runs.Executed(lesson), (await LessonRuns.RunnerAsync(lesson)).Executed);

    public static TheoryData<string> Assignments() => [.. RealKernelRuns.Assignments];

    [Theory]
    [MemberData(nameof(Assignments))]
    public async Task Assignment_solutions_pass_every_check_in_the_real_kernel_as_in_the_runner(string assignment)
    {
        var kernel = runs.Executed(assignment);
        var runner = await NotebookRunner.RunAsync(Path.Combine(TestRepo.Root, "notebooks", assignment));
        var errors = kernel.Cells.Select((c, i) => (c, i)).SelectMany(x => x.c.Outputs.Where(o => o.IsError).Select(o => $"cell {x.i + 1}: {o.ErrorValue}")).ToList();
        Assert.True(errors.Count == 0, $"{assignment} in the real kernel:\n{string.Join("\n", errors)}");
        int passed = kernel.Cells.Sum(c => c.Outputs.Sum(o => (o.Text ?? "").Split('\n').Count(l => l.StartsWith("✓ ", StringComparison.Ordinal))));
        Assert.Equal(runner.Checks.Count, passed);
        Assert.True(passed >= 10, $"{assignment}: expected its checks to print ✓, found {passed}");
        AssertAgree(kernel, runner.Executed);
    }

    [Fact]
    public async Task Runner_and_real_kernel_agree_on_kernel_behaviours()
    {
        var runner = await NotebookRunner.RunAsync(RealKernelRuns.Semantics);
        AssertAgree(runs.Executed(Path.GetFileName(RealKernelRuns.Semantics)), runner.Executed);
        Assert.NotEmpty(runner.Errors); // the notebook shows errors on purpose
    }

    private static void AssertAgree(Notebook kernel, Notebook runner)
    {
        Assert.Equal(kernel.Cells.Count, runner.Cells.Count);
        for (int i = 0; i < kernel.Cells.Count; i++)
        {
            if (!kernel.Cells[i].IsCode)
                continue;
            var expected = OutputSummary.Of(kernel.Cells[i]);
            var actual = OutputSummary.Of(runner.Cells[i]);
            if (Tags(kernel.Cells[i]).Contains(TimingTag))
                (expected, actual) = (expected with { Stdout = "" }, actual with { Stdout = "" });
            Assert.True(expected == actual, $"cell {i + 1} ({kernel.Cells[i].FirstLine}):\nreal kernel: {expected}\nrunner:      {actual}");
        }
    }

    private static IEnumerable<string> Tags(Cell cell) =>
        cell.Metadata["tags"] is System.Text.Json.Nodes.JsonArray tags ? tags.Select(t => t!.GetValue<string>()) : [];
}
