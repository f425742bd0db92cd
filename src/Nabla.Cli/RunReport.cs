using System.Globalization;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>Progress lines, failing cells and the final table of <c>nabla run</c>.</summary>
public sealed class RunReport(TextWriter stdout, TextWriter stderr)
{
    private const int MessageLines = 12;
    private readonly List<(string Name, string Cells, string Errors, string Seconds, string FirstCell)> _rows = [];

    /// <summary>True when some notebook had an error output.</summary>
    public bool AnyCellFailed { get; private set; }

    /// <summary>Prints one progress line per finished cell.</summary>
    public void Progress(RunProgress p)
    {
        if (p.Kind != RunProgressKind.CellFinished)
            return;
        string status = p.CellFailed ? "FAILED" : "ok";
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  cell {p.CellNumber} {status} in {p.CellSeconds ?? 0:0.000} s ({p.CodeCellsDone}/{p.CodeCellCount} code cells, {p.Elapsed.TotalSeconds:0.0} s elapsed)"));
    }

    /// <summary>Records a finished notebook and prints its failing cells.</summary>
    public void Add(NotebookRunResult result, string writtenTo)
    {
        string name = Path.GetFileName(result.NotebookPath);
        stderr.WriteLine($"  wrote {writtenTo}");
        foreach (var error in result.Errors)
        {
            AnyCellFailed = true;
            stdout.WriteLine($"{name}: cell {error.CellNumber} failed: {error.FirstLine}");
            var lines = error.Message.Split('\n');
            foreach (var line in lines.Take(MessageLines))
                stdout.WriteLine($"    {line.TrimEnd()}");
            if (lines.Length > MessageLines)
                stdout.WriteLine($"    ... ({lines.Length - MessageLines} more lines)");
        }
        if (result.NotRunCells.Count > 0)
            stdout.WriteLine($"{name}: cells not run: {string.Join(", ", result.NotRunCells)}");
        _rows.Add((name, result.CodeCellCount.ToString(CultureInfo.InvariantCulture), result.Errors.Count.ToString(CultureInfo.InvariantCulture),
            result.ElapsedSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            result.FirstCellLatencySeconds?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"));
    }

    /// <summary>Records a notebook that could not be run at all.</summary>
    public void AddFailure(string notebook) => _rows.Add((Path.GetFileName(notebook), "-", "not run", "-", "-"));

    /// <summary>Prints the table: notebook, code cells, errors, seconds, first-cell latency.</summary>
    public void PrintSummary()
    {
        if (_rows.Count == 0)
            return;
        int width = Math.Max("notebook".Length, _rows.Max(r => r.Name.Length));
        stdout.WriteLine();
        stdout.WriteLine($"{"notebook".PadRight(width)}  {"cells",5}  {"errors",7}  {"seconds",7}  {"first cell s",12}");
        foreach (var r in _rows)
            stdout.WriteLine($"{r.Name.PadRight(width)}  {r.Cells,5}  {r.Errors,7}  {r.Seconds,7}  {r.FirstCell,12}");
    }
}
