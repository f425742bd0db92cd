using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// Grades submissions of one assignment from its autograder bundle. <see cref="PrepareAsync"/> runs the instructor's
/// notebook once to record what every check expects; <see cref="GradeAsync"/> then runs each submission, rebuilt by
/// <see cref="GradedNotebook"/>, in its own sandboxed process (<see cref="Sandbox"/>) and judges the values it
/// reports in this process (<see cref="CheckJudge"/>). A cell that hangs or crashes the process costs its question
/// only: the submission is run again with that solution stubbed.
/// </summary>
public sealed partial class Grader
{
    private readonly GraderOptions _options;
    private readonly string? _bubblewrap;
    private readonly Dictionary<int, List<(string Name, JsonObject Expectation, bool Hidden)>> _expected = [];
    private readonly string[] _references;
    private readonly string _bundleFolder;
    private readonly int _heldOutImages;
    private string _templateHome = "";
    /// <summary>Runs started by every grader of this process: numbers each run's folder and sandbox user, so that graders working side by side (tests, validate) never share a user and its process limit.</summary>
    private static int _runs;

    private Grader(Assignment assignment, string bundleFolder, GraderOptions options, string? bubblewrap)
    {
        Assignment = assignment;
        _bundleFolder = Path.GetFullPath(bundleFolder);
        _heldOutImages = assignment.Questions.Any(q => q.Tests.HeldOut is not null) ? HeldOutSet.CountIn(bundleFolder) : 0;
        _options = options;
        _bubblewrap = bubblewrap;
        _references = [Path.Combine(NuGetRoot, "nabla", KitVersion, "lib", "net8.0", "Nabla.dll"),
            Path.Combine(NuGetRoot, "mathnet.numerics", "5.0.0", "lib", "net6.0", "MathNet.Numerics.dll")];
    }

    /// <summary>The assignment being graded.</summary>
    public Assignment Assignment { get; }

    /// <summary>The kit's version (the engine package the notebooks load).</summary>
    public static string KitVersion => typeof(Grader).Assembly.GetName().Version!.ToString(3);

    /// <summary>Opens the bundle written by <c>nabla assign</c> (<see cref="AutograderBundle"/>).</summary>
    /// <exception cref="GradingSetupException">The bundle is incomplete, or no sandbox is available and <see cref="GraderOptions.Unsafe"/> is off.</exception>
    public static Grader Open(string bundleFolder, GraderOptions options)
    {
        ArgumentNullException.ThrowIfNull(bundleFolder);
        ArgumentNullException.ThrowIfNull(options);
        string manifestPath = Path.Combine(bundleFolder, AutograderBundle.ManifestName);
        string notebookName;
        try
        {
            notebookName = (string?)JsonNode.Parse(File.ReadAllText(manifestPath))?["notebook"]
                ?? throw new GradingSetupException($"{manifestPath}: expected a \"notebook\" entry, found none");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new GradingSetupException($"expected an autograder bundle made by `nabla assign` at {bundleFolder}, but {manifestPath} could not be read: {e.Message}");
        }
        Assignment assignment;
        try
        {
            assignment = Assignment.Load(Path.Combine(bundleFolder, notebookName));
        }
        catch (Exception e) when (e is NotebookFormatException or AssignmentFormatException)
        {
            throw new GradingSetupException($"the bundle's notebook is not a valid assignment: {e.Message}");
        }
        if (assignment.Questions.Any(q => q.Tests.HeldOut is not null)
            && !File.Exists(Path.Combine(bundleFolder, HeldOutSet.FolderName, HeldOutSet.LabelsName)))
            throw new GradingSetupException($"the assignment scores models on held-out images, but the bundle has no {HeldOutSet.FolderName}/ folder; make it again with `nabla assign --held-out FOLDER`");
        string? bubblewrap = options.Unsafe ? null : Sandbox.FindBubblewrap()
            ?? throw new GradingSetupException(OperatingSystem.IsLinux()
                ? "no sandbox: bubblewrap (bwrap) is not installed. Install it (Debian: apt-get install bubblewrap), or pass --unsafe to run submissions unsandboxed (only for code you trust)"
                : "no sandbox: grading untrusted code needs Linux with bubblewrap. Pass --unsafe to run submissions unsandboxed (only for code you trust)");
        return new Grader(assignment, bundleFolder, options, bubblewrap);
    }

    /// <summary>Runs the instructor's notebook and records every check's expectation; the solution must pass them all.</summary>
    /// <exception cref="GradingSetupException">The instructor's notebook failed, or a check did not report exactly once.</exception>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        _templateHome = Path.Combine(_options.ScratchFolder, "home");
        // Package restore in the sandbox must not look for a network: the kit is in the local package cache.
        AtomicFile.WriteAllText(Path.Combine(_templateHome, ".nuget", "NuGet", "NuGet.Config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
        NotebookRunResult run;
        try
        {
            (run, _) = await RunAsync(GradedNotebook.Reference(Assignment), "reference", _templateHome, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new GradingSetupException($"the notebook process for the instructor's notebook could not start: {e.Message}");
        }
        if (run.Errors.FirstOrDefault() is { } error)
            throw new GradingSetupException($"the instructor's notebook fails at cell {error.CellNumber}: {error.Message}");
        foreach (var (index, tests) in Assignment.Questions)
        {
            string source = Assignment.Source.Cells[index].Source;
            var names = ProbeRewriter.Rewrite(SourceRegions.UnmarkHiddenTests(source)).Names;
            var visible = ProbeRewriter.Rewrite(SourceRegions.RemoveHiddenTests(source)).Names.ToHashSet(StringComparer.Ordinal);
            var sent = run.Checks.Where(c => c.CellIndex == index).Select(c => JsonNode.Parse(c.Json)!.AsObject()).ToList();
            var list = new List<(string, JsonObject, bool)>();
            foreach (string name in names)
            {
                var matching = sent.Where(m => (string?)m["name"] == name).ToList();
                if (matching.Count != 1 || matching[0]["expected"] is null)
                    throw new GradingSetupException($"'{tests.GradeId}': expected the check \"{name}\" to run once in the instructor's notebook, found it {matching.Count} times");
                list.Add((name, matching[0], !visible.Contains(name)));
            }
            _expected[index] = list;
        }
    }

    /// <summary>
    /// Runs <paramref name="notebook"/> in a fresh sandbox with <paramref name="home"/> as its home folder and the
    /// bundle's copy of the kit's data as NABLA_DATA (read-only); returns the run and its working folder.
    /// </summary>
    /// <param name="notebook">The notebook to run.</param>
    /// <param name="label">Names the working folder.</param>
    /// <param name="home">The sandbox's home folder.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="readOnly">One more folder the run may read (the held-out images of a scoring run), or null.</param>
    /// <param name="prepare">Puts files into the new working folder before the sandbox gets it, or null.</param>
    /// <exception cref="InvalidOperationException">The notebook process failed to start twice (the runner's error).</exception>
    private async Task<(NotebookRunResult Run, string Work)> RunAsync(Notebook notebook, string label, string home, CancellationToken cancellationToken,
        string? readOnly = null, Action<string>? prepare = null)
    {
        try
        {
            return await RunOnceAsync(notebook, label, home, cancellationToken, readOnly, prepare);
        }
        catch (InvalidOperationException)
        {
            // The process ended before its first cell: no code of the notebook ran, so a second start is fair to
            // everyone (a start can fail for reasons of the machine, such as a process killed under load).
            return await RunOnceAsync(notebook, label, home, cancellationToken, readOnly, prepare);
        }
    }

    private async Task<(NotebookRunResult Run, string Work)> RunOnceAsync(Notebook notebook, string label, string home, CancellationToken cancellationToken,
        string? readOnly, Action<string>? prepare)
    {
        int number = Interlocked.Increment(ref _runs);
        using var user = _bubblewrap is not null && Sandbox.RunningAsRoot ? SandboxUser.Claim(number) : null;
        string work = Path.Combine(_options.ScratchFolder, $"{label}-{number}");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(home);
        prepare?.Invoke(work);
        string path = Path.Combine(work, "submission.ipynb");
        notebook.Save(path, withOutputs: false);
        string data = Path.Combine(_bundleFolder, KitData.FolderName);
        var environment = new Dictionary<string, string> { [KitData.EnvironmentVariable] = data };
        var options = new RunOptions(TimeSpan.FromSeconds(_options.Limits.CellSeconds), WorkerPath: _options.WorkerPath, Environment: environment);
        if (_bubblewrap is not null)
        {
            if (Sandbox.RunningAsRoot)
                await Sandbox.GiveTo(user!.Id, cancellationToken, work, home);
            string[] visible = [Sandbox.DotnetRoot, Path.GetDirectoryName(Path.GetFullPath(_options.WorkerPath))!, data, .. readOnly is null ? [] : new[] { readOnly }];
            foreach (var (name, value) in Sandbox.WorkerEnvironment(_options.Limits))
                environment[name] = value;
            options = options with
            {
                Launcher = Sandbox.Launcher(_bubblewrap, work, home, NuGetRoot, visible.Where(Directory.Exists), _options.Limits, user?.Id ?? 0),
            };
        }
        return (await NotebookRunner.RunAsync(path, options, cancellationToken: cancellationToken), work);
    }

    /// <summary>The NuGet global packages folder (NUGET_PACKAGES, else ~/.nuget/packages).</summary>
    public static string NuGetRoot =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } root
            ? Path.GetFullPath(root)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
