using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks;

/// <summary>
/// The child side of <see cref="NotebookRunner"/>: runs every cell of one notebook in this process and
/// reports each result as a protocol line on the real stdout. Hosted by the CLI's hidden worker command.
/// </summary>
public static class NotebookWorker
{
    /// <summary>Name of the hidden CLI command that must call <see cref="RunAsync"/>.</summary>
    public const string CommandName = WorkerProtocol.CommandName;

    /// <summary>Runs the notebook at <paramref name="notebookPath"/>; returns the process exit code (0 unless the notebook could not be read).</summary>
    public static async Task<int> RunAsync(string notebookPath, int maxOutputChars, bool stopOnError)
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
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
        using var session = new NotebookSession(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, new SessionOptions(maxOutputChars));
        await session.WarmUpAsync();
        await protocol.WriteLineAsync(WorkerProtocol.Encode("ready", -1));
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            if (!notebook.Cells[i].IsCode)
                continue;
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
}
