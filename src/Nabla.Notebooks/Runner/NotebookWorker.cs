using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// The child side of <see cref="NotebookRunner"/>: runs every cell of one notebook in this process and
/// reports each result as a protocol line on a private pipe to the runner. Hosted by the CLI's hidden worker command.
/// </summary>
public static class NotebookWorker
{
    /// <summary>Name of the hidden CLI command that must call <see cref="RunAsync"/>.</summary>
    public const string CommandName = WorkerProtocol.CommandName;

    /// <summary>The <see cref="AppContext"/> key the engine's <c>Expect</c> looks up (<see cref="ExpectSink"/>, compiled into both).</summary>
    internal const string CheckSinkKey = ExpectSink.Key;

    /// <summary>Runs the notebook at <paramref name="notebookPath"/>; returns the process exit code (0 unless the notebook could not be read).</summary>
    /// <param name="notebookPath">The notebook.</param>
    /// <param name="maxOutputChars">Output size limit.</param>
    /// <param name="stopOnError">Stop at the first failing cell.</param>
    /// <param name="channel">The handle of the pipe the reports go to (from the runner).</param>
    /// <param name="lifeline">The handle of the pipe whose closing means the runner is gone.</param>
    public static async Task<int> RunAsync(string notebookPath, int maxOutputChars, bool stopOnError, string channel, string lifeline)
    {
        ProcessGroup.Lead();
        WatchLifeline(lifeline);
        var protocol = new StreamWriter(new AnonymousPipeClientStream(PipeDirection.Out, channel), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        Notebook notebook;
        try
        {
            notebook = Notebook.Load(notebookPath);
        }
        catch (NotebookFormatException e)
        {
            await protocol.WriteLineAsync(WorkerProtocol.Encode("fatal", -1, new JsonObject { ["message"] = e.Message }));
            return 1;
        }
        // Checks (Nabla.Expect) in the notebook send what they found to this sink; the runner collects them per cell.
        int current = -1;
        AppContext.SetData(CheckSinkKey, (Action<string>)(json =>
        {
            lock (protocol)
                protocol.WriteLine(WorkerProtocol.Encode("check", current, new JsonObject { ["check"] = json }));
        }));
        using var session = new NotebookSession(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, new SessionOptions(maxOutputChars));
        await session.WarmUpAsync();
        await protocol.WriteLineAsync(WorkerProtocol.Encode("ready", -1));
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            if (!notebook.Cells[i].IsCode)
                continue;
            current = i;
            await protocol.WriteLineAsync(WorkerProtocol.Encode("start", i));
            var result = await session.RunCellAsync(notebook.Cells[i], i);
            foreach (var update in result.EarlierCellUpdates)
                await protocol.WriteLineAsync(WorkerProtocol.Encode("update", update.CellIndex, new JsonObject { ["outputs"] = WorkerProtocol.Outputs(update.Outputs) }));
            await protocol.WriteLineAsync(WorkerProtocol.Encode("done", i, new JsonObject
            {
                ["count"] = result.ExecutionCount,
                ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 4).ToString(CultureInfo.InvariantCulture),
                ["outputs"] = WorkerProtocol.Outputs(result.Outputs),
            }));
            if (stopOnError && result.Failed)
                break;
        }
        await protocol.WriteLineAsync(WorkerProtocol.Encode("end", -1));
        return 0;
    }

    /// <summary>
    /// Stops this process and every process it started (its process group) as soon as the runner's end of the lifeline closes: the
    /// runner finished, was interrupted, or was killed. Nothing a notebook started outlives the run.
    /// </summary>
    private static void WatchLifeline(string handle)
    {
        var lifeline = new AnonymousPipeClientStream(PipeDirection.In, handle);
        var watcher = new Thread(() =>
        {
            try
            {
                while (lifeline.Read(new byte[1]) > 0)
                {
                }
            }
            catch (IOException)
            {
                // Closed: the same as end of stream.
            }

            ProcessGroup.Kill(Environment.ProcessId);
            Process.GetCurrentProcess().Kill(entireProcessTree: true);
        })
        {
            IsBackground = true,
            Name = "runner lifeline",
        };
        watcher.Start();
    }
}
