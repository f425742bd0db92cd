using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// Collects the outputs of one cell while it runs: merges consecutive stream chunks,
/// replaces displayed values on update and caps huge outputs. Thread-safe.
/// </summary>
internal sealed class OutputSink(int maxChars)
{
    private readonly List<Entry> _entries = [];
    private readonly object _gate = new();

    /// <summary>Set when a displayed value was updated after the cell finished.</summary>
    public bool ChangedAfterCompletion { get; private set; }

    /// <summary>True once the cell that owns this sink has finished.</summary>
    public bool Completed { get; set; }

    /// <summary>True when an error output was added.</summary>
    public bool HasError
    {
        get
        {
            lock (_gate)
                return _entries.Any(e => e.Output.IsError);
        }
    }

    /// <summary>Appends stream text, merging it into the previous output when that is the same stream.</summary>
    public void WriteStream(string name, string text)
    {
        if (text.Length == 0)
            return;
        lock (_gate)
        {
            if (_entries.Count > 0 && _entries[^1] is { Stream: { } sb } last && last.Output.StreamName == name)
            {
                Append(last, sb, text);
                return;
            }
            var entry = new Entry(CellOutput.Stream(name, ""), null) { Stream = new StringBuilder() };
            Append(entry, entry.Stream, text);
            _entries.Add(entry);
        }
    }

    /// <summary>Adds an output; <paramref name="displayId"/> lets a later update replace it.</summary>
    public void Add(CellOutput output, string? displayId = null)
    {
        lock (_gate)
            _entries.Add(new Entry(output, displayId));
    }

    /// <summary>Replaces the data of the output shown under <paramref name="displayId"/>; false when no output has that id.</summary>
    public bool Update(string displayId, Dictionary<string, string> data)
    {
        lock (_gate)
        {
            var entry = _entries.FirstOrDefault(e => e.DisplayId == displayId);
            if (entry is null)
                return false;
            entry.Output.Data = data;
            if (Completed)
                ChangedAfterCompletion = true;
            return true;
        }
    }

    /// <summary>Returns copies of the outputs with size limits applied, and clears the changed flag.</summary>
    public List<CellOutput> Snapshot()
    {
        lock (_gate)
        {
            ChangedAfterCompletion = false;
            return [.. _entries.Select(Finish)];
        }
    }

    private void Append(Entry entry, StringBuilder sb, string text)
    {
        int room = maxChars - sb.Length;
        if (room >= text.Length)
        {
            sb.Append(text);
            return;
        }
        if (room > 0)
            sb.Append(text, 0, room);
        entry.Dropped += text.Length - Math.Max(room, 0);
    }

    private CellOutput Finish(Entry entry)
    {
        var output = entry.Output.Clone();
        if (entry.Stream is { } sb)
            output.Text = sb.ToString() + (entry.Dropped > 0 ? TruncationNote(entry.Dropped) : "");
        foreach (var (mime, content) in output.Data.ToList())
        {
            // plotly.js (3.6 MB), which the first chart of a session carries, does not count against the limit.
            if (content.Length <= maxChars || (mime == "text/html" && Nabla.Interactive.PlotlyLibrary.Strip(content).Length <= maxChars))
                continue;
            int dropped = content.Length - maxChars;
            output.Data[mime] = mime == "text/plain"
                ? content[..maxChars] + TruncationNote(dropped)
                : mime == "text/html"
                    ? $"<div class=\"nabla-truncated\"><em>Output dropped: {content.Length:N0} characters exceed the limit of {maxChars:N0}.</em></div>"
                    : $"Output dropped: {content.Length:N0} characters exceed the limit of {maxChars:N0}.";
        }
        if (output.ErrorValue is { Length: var n } value && n > maxChars)
        {
            output.ErrorValue = value[..maxChars] + TruncationNote(n - maxChars);
            output.Traceback = [.. output.ErrorValue.Split('\n')];
        }
        return output;
    }

    private string TruncationNote(long dropped) =>
        $"\n... [output truncated: {dropped:N0} more characters dropped (limit {maxChars:N0} characters per output)]\n";

    private sealed class Entry(CellOutput output, string? displayId)
    {
        public CellOutput Output { get; } = output;
        public string? DisplayId { get; } = displayId;
        public StringBuilder? Stream { get; init; }
        public long Dropped { get; set; }
    }
}
