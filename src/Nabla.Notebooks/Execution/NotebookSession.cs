using System.Diagnostics;
using Microsoft.CodeAnalysis.Scripting;

namespace Nabla.Notebooks;

/// <summary>
/// Runs the cells of one notebook the way the .NET Interactive C# kernel does: one Roslyn script
/// state carried from cell to cell, the kernel's directives, display helpers and output rules.
/// One session per notebook; run it in its own process (see <see cref="NotebookRunner"/>) because
/// referenced DLLs stay loaded for the life of the process.
/// </summary>
public sealed partial class NotebookSession
{
    private readonly SessionOptions _options;
    private readonly List<(int CellIndex, OutputSink Sink)> _cellSinks = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _executionCount;

    /// <summary>Creates a session whose working directory, #r and #load base is <paramref name="notebookDirectory"/>.</summary>
    public NotebookSession(string notebookDirectory, SessionOptions? options = null)
    {
        Directory = Path.GetFullPath(notebookDirectory);
        if (!System.IO.Directory.Exists(Directory))
            throw new DirectoryNotFoundException($"Expected the notebook folder {Directory} to exist, found nothing there.");
        _options = options ?? new SessionOptions();
        _scriptOptions = CreateScriptOptions(Directory);
    }

    /// <summary>The notebook's folder: working directory during execution and base of relative paths.</summary>
    public string Directory { get; }

    /// <summary>Number of code submissions run so far.</summary>
    public int ExecutionCount => _executionCount;

    /// <summary>
    /// Runs one cell. Markdown and raw cells are skipped; a code cell whose language is not C#
    /// gets an error output. <paramref name="cellIndex"/> identifies the cell for later display updates.
    /// </summary>
    public async Task<CellRunResult> RunCellAsync(Cell cell, int cellIndex = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!cell.IsCode)
            return new CellRunResult([], null, TimeSpan.Zero, []);
        string? language = cell.Language;
        if (language is not null && !IsCSharp(language))
        {
            var output = CellOutput.Error("Error",
                $"The cell's language is '{language}'; the Nabla runner supports only C# (csharp) cells.");
            return new CellRunResult([output], ++_executionCount, TimeSpan.Zero, []);
        }
        return await RunCodeAsync(cell.Source, cellIndex, cancellationToken);
    }

    /// <summary>Runs C# source (with kernel directives) as the next submission.</summary>
    public async Task<CellRunResult> RunCodeAsync(string source, int cellIndex = -1, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureStartedAsync(cancellationToken);
            var sink = new OutputSink(_options.MaxOutputChars);
            int count = ++_executionCount;
            var watch = Stopwatch.StartNew();
            await RunInSinkAsync(source, sink, count, [], cancellationToken);
            watch.Stop();
            sink.Completed = true;
            var updates = _cellSinks
                .Where(s => s.Sink.ChangedAfterCompletion)
                .Select(s => new CellUpdate(s.CellIndex, s.Sink.Snapshot()))
                .ToList();
            if (cellIndex >= 0)
                _cellSinks.Add((cellIndex, sink));
            return new CellRunResult(sink.Snapshot(), count, watch.Elapsed, updates);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Compiles submission 0 (<c>using static</c> of the helpers) ahead of the first cell.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureStartedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool IsCSharp(string language) =>
        language.Equals("csharp", StringComparison.OrdinalIgnoreCase) || language.Equals("c#", StringComparison.OrdinalIgnoreCase);

    private async Task RunInSinkAsync(string source, OutputSink sink, int count, IReadOnlyList<string> importChain, CancellationToken ct)
    {
        var parsed = DirectiveParser.Parse(source);
        var watch = Stopwatch.StartNew();
        bool ok = parsed.Error is null;
        if (!ok)
            sink.Add(CellOutput.Error("Error", parsed.Error!));
        ok = ok && AddPackages(parsed.Packages, sink);
        foreach (var import in parsed.Imports)
            ok = ok && await ImportAsync(import, sink, count, importChain, ct);
        if (ok && !string.IsNullOrWhiteSpace(parsed.Code))
            await SubmitAsync(parsed.Code, sink, count, ct);
        if (parsed.Time)
            sink.Add(CellOutput.Display("text/plain", FormattableString.Invariant($"Wall time: {watch.Elapsed.TotalMilliseconds}ms")));
    }

    private async Task<ScriptState<object>> EnsureStartedAsync(CancellationToken ct)
    {
        if (_state is not null)
            return _state;
        ValueFormatting.EnsureConfigured();
        ConsoleRouter.Install();
        AssemblyResolution.Install();
        _state = await StartAsync(ct);
        return _state;
    }
}
