using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace Nabla.Notebooks;

/// <summary>
/// Runs the cells of one notebook on the real .NET Interactive C# kernel (the library the dotnet-interactive tool is
/// made of), one submission per cell, and turns what the kernel reports into nbformat outputs as its Jupyter front end
/// does. One session per notebook; run it in its own process (see <see cref="NotebookRunner"/>): assemblies a notebook
/// loads stay loaded for the life of the process.
/// </summary>
public sealed class NotebookSession : IDisposable
{
    private readonly SessionOptions _options;
    private readonly List<(int CellIndex, OutputSink Sink)> _cellSinks = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<CompositeKernel> _kernel = new(KernelHost.Create);
    private int _executionCount;

    /// <summary>Creates a session whose working directory (base of relative paths) is <paramref name="notebookDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public NotebookSession(string notebookDirectory, SessionOptions? options = null)
    {
        Directory = Path.GetFullPath(notebookDirectory);
        if (!System.IO.Directory.Exists(Directory))
            throw new DirectoryNotFoundException($"Expected the notebook folder {Directory} to exist, found nothing there.");
        _options = options ?? new SessionOptions();
    }

    /// <summary>The notebook's folder: the working directory while cells run, as when Jupyter starts the kernel.</summary>
    public string Directory { get; }

    /// <summary>Number of cells run so far.</summary>
    public int ExecutionCount => _executionCount;

    /// <summary>
    /// Runs one cell. Markdown and raw cells are skipped; a code cell in another language than C# gets an error
    /// output. <paramref name="cellIndex"/> identifies the cell for later display updates.
    /// </summary>
    public async Task<CellRunResult> RunCellAsync(Cell cell, int cellIndex = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!cell.IsCode)
            return new CellRunResult([], null, TimeSpan.Zero, []);
        if (cell.Language is { } language && !IsCSharp(language))
        {
            var output = CellOutput.Error("Error",
                $"The cell's language is '{language}'; the Nabla runner supports only C# (csharp) cells.");
            return new CellRunResult([output], ++_executionCount, TimeSpan.Zero, []);
        }
        return await RunCodeAsync(cell.Source, cellIndex, cancellationToken);
    }

    /// <summary>Runs C# source (with the kernel's directives and magic commands) as the next submission.</summary>
    public async Task<CellRunResult> RunCodeAsync(string source, int cellIndex = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var sink = new OutputSink(_options.MaxOutputChars);
            int count = ++_executionCount;
            var watch = Stopwatch.StartNew();
            System.IO.Directory.SetCurrentDirectory(Directory);
            var result = await _kernel.Value.SendAsync(new SubmitCode(source, KernelHost.CSharp), cancellationToken);
            var earlier = _cellSinks.Select(s => s.Sink).ToList();
            foreach (var e in result.Events)
                KernelOutputs.Apply(e, sink, earlier, count);
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

    /// <summary>Starts the kernel and compiles a first submission ahead of the first cell (it takes about a second).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            System.IO.Directory.SetCurrentDirectory(Directory);
            await _kernel.Value.SendAsync(new SubmitCode("", KernelHost.CSharp), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_kernel.IsValueCreated)
            _kernel.Value.Dispose();
        _gate.Dispose();
    }

    private static bool IsCSharp(string language) =>
        language.Equals("csharp", StringComparison.OrdinalIgnoreCase) || language.Equals("c#", StringComparison.OrdinalIgnoreCase);
}
