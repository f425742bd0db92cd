using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nabla.Notebooks;

/// <summary>
/// Turns the kernel's events for one cell into nbformat outputs, by the rules of the dotnet-interactive app's Jupyter
/// front end (its ExecuteRequestHandler), so that an executed copy holds what Jupyter would have saved.
/// </summary>
internal static class KernelOutputs
{
    /// <summary>Adds the output for <paramref name="e"/> to <paramref name="sink"/>, or applies it to an earlier output.</summary>
    /// <param name="e">One event of the cell's command.</param>
    /// <param name="sink">The running cell's outputs.</param>
    /// <param name="earlier">The outputs of every cell run before, for updates of values they displayed.</param>
    /// <param name="executionCount">The cell's execution count (for execute_result).</param>
    public static void Apply(KernelEvent e, OutputSink sink, IEnumerable<OutputSink> earlier, int executionCount)
    {
        switch (e)
        {
            case ReturnValueProduced { Value: DisplayedValue }:
                break; // already shown when it was displayed
            case DisplayedValueUpdated updated:
                var data = Data(updated);
                if (!sink.Update(updated.ValueId, data))
                {
                    foreach (var other in earlier)
                    {
                        other.Update(updated.ValueId, data);
                    }
                }

                break;
            case DisplayedValueProduced displayed:
                sink.Add(new CellOutput { OutputType = "display_data", Data = Data(displayed) }, displayed.ValueId);
                break;
            case ReturnValueProduced result:
                sink.Add(new CellOutput { OutputType = "execute_result", Data = Data(result), ExecutionCount = executionCount });
                break;
            case StandardOutputValueProduced stdout:
                sink.WriteStream("stdout", Text(stdout));
                break;
            case StandardErrorValueProduced or ErrorProduced:
                sink.WriteStream("stderr", Text((DisplayEvent)e));
                break;
            case DiagnosticsProduced { FormattedDiagnostics.Count: > 0 } diagnostics:
                sink.WriteStream("stderr", "\n" + string.Join("\n\n", diagnostics.FormattedDiagnostics.Select(d => d.Value)) + "\n\n");
                break;
            case CommandFailed failed:
                sink.Add(Error(failed));
                break;
        }
    }

    private static CellOutput Error(CommandFailed failed)
    {
        var output = CellOutput.Error("Error", failed.Message);
        switch (failed.Exception)
        {
            case CodeSubmissionCompilationErrorException:
                output.ErrorValue = "compilation error"; // the diagnostics went to stderr
                output.Traceback = [];
                break;
            case null:
                output.Traceback = [failed.Message];
                break;
            case var exception:
                output.Traceback = [exception.ToString(), .. (exception.StackTrace ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)];
                break;
        }

        return output;
    }

    private static Dictionary<string, string> Data(DisplayEvent e) =>
        e.FormattedValues.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    private static string Text(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? e.Value?.ToString() ?? "";
}
