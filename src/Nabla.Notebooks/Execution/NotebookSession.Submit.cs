using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nabla.Notebooks;

/// <summary>Roslyn scripting: options, submission 0 and one submission per cell.</summary>
public sealed partial class NotebookSession
{
    /// <summary>The kernel's default imports.</summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;

    private static ScriptOptions CreateScriptOptions(string directory) =>
        ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.CSharp14) // the kernel's Roslyn "Latest"; Roslyn 5.12's Latest is C# 15
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory).WithSearchPaths(directory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(directory).WithSearchPaths(directory))
            .AddReferences(
                typeof(object).Assembly,
                typeof(Enumerable).Assembly,
                typeof(List<>).Assembly,
                typeof(Task<>).Assembly,
                typeof(Console).Assembly,
                typeof(KernelHelpers).Assembly,
                typeof(IHtmlContent).Assembly,
                typeof(Formatter).Assembly);

    private async Task<ScriptState<object>> StartAsync(CancellationToken ct)
    {
        string code = $"using static {typeof(KernelHelpers).FullName};";
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Directory;
        try
        {
            // A throwaway script compiled and run on another core warms up the emit and execute paths
            // while submission 0 compiles, which shortens the first cell.
            var warmUp = Task.Run(() => CSharpScript.EvaluateAsync("new List<int> { 1 }.Count", _scriptOptions, cancellationToken: ct), ct);
            var state = await CSharpScript.RunAsync(code, _scriptOptions, cancellationToken: ct);
            await warmUp;
            return state;
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    private async Task SubmitAsync(string code, OutputSink sink, int count, CancellationToken ct)
    {
        OutputSink.Current = sink;
        Environment.CurrentDirectory = Directory;
        ScriptState<object> next;
        try
        {
            next = await _state!.ContinueWithAsync(code, _scriptOptions, catchException: _ => true, ct);
        }
        catch (CompilationErrorException e)
        {
            // The previous state stays current.
            var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            sink.Add(CellOutput.Error("Error", string.Join("\n", errors)));
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sink.Add(CellOutput.Error("Error", e.ToString()));
            return;
        }
        finally
        {
            OutputSink.Current = null;
        }
        _state = next; // on a runtime exception too: variables declared before the throw survive
        if (next.Exception is { } exception)
        {
            sink.Add(CellOutput.Error("Error", exception.ToString()));
            return;
        }
        if (!ScriptReflection.HasReturnValue(next.Script) || next.ReturnValue is DisplayedValue)
            return;
        try
        {
            var data = ValueFormatting.Format(next.ReturnValue, []);
            sink.Add(new CellOutput { OutputType = "execute_result", ExecutionCount = count, Data = data });
        }
        catch (Exception e)
        {
            // A formatter (or the value's ToString) threw: report it on the cell like any runtime error.
            sink.Add(CellOutput.Error("Error", e.ToString()));
        }
    }
}
