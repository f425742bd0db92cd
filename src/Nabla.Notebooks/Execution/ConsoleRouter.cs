using System.Text;

namespace Nabla.Notebooks;

/// <summary>
/// Replaces Console.Out and Console.Error once per process: text written while a cell runs
/// (on that cell's async flow, including threads it starts) becomes a stdout/stderr stream
/// output of the cell; anything else goes to the original writer.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly object Gate = new();
    private static bool _installed;
    private readonly string _stream;
    private readonly TextWriter _fallback;

    private ConsoleRouter(string stream, TextWriter fallback)
    {
        _stream = stream;
        _fallback = fallback;
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Installs the routers (idempotent). Outside cells, stdout text goes to <paramref name="stdoutFallback"/>.</summary>
    public static void Install(TextWriter? stdoutFallback = null)
    {
        lock (Gate)
        {
            if (_installed)
                return;
            Console.SetOut(new ConsoleRouter("stdout", stdoutFallback ?? Console.Out));
            Console.SetError(new ConsoleRouter("stderr", Console.Error));
            _installed = true;
        }
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        if (OutputSink.Current is { } sink)
            sink.WriteStream(_stream, value);
        else
            _fallback.Write(value);
    }

    /// <inheritdoc />
    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    /// <inheritdoc />
    public override void WriteLine() => Write("\n");

    /// <inheritdoc />
    public override void Flush()
    {
        if (OutputSink.Current is null)
            _fallback.Flush();
    }
}
