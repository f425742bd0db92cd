namespace Nabla.Notebooks;

/// <summary>
/// A handle to an output shown with <c>display(...)</c>; <see cref="Update"/> replaces that same
/// output (how notebooks draw live charts during training).
/// </summary>
public sealed class DisplayedValue
{
    private readonly OutputSink _sink;
    private readonly Func<object?, Dictionary<string, string>> _format;

    internal DisplayedValue(OutputSink sink, string displayId, Func<object?, Dictionary<string, string>> format)
    {
        _sink = sink;
        DisplayId = displayId;
        _format = format;
    }

    /// <summary>The id of the displayed output.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed output with <paramref name="value"/>, formatted as the original was.</summary>
    public void Update(object? value) => _sink.Update(DisplayId, _format(value));

    /// <summary>Shows a value in the current cell and returns its handle.</summary>
    internal static DisplayedValue Show(object? value, Func<object?, Dictionary<string, string>> format)
    {
        var sink = OutputSink.Current ?? throw new InvalidOperationException(
            "Expected display(...) to be called while a notebook cell runs, found no running cell.");
        string id = Guid.NewGuid().ToString("N");
        var output = new CellOutput { OutputType = "display_data", Data = format(value) };
        sink.Add(output, id);
        return new DisplayedValue(sink, id, format);
    }
}
