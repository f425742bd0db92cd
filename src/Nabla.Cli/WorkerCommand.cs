using System.CommandLine;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>The hidden command the runner starts in a child process: runs one notebook and reports on stdout.</summary>
public static class WorkerCommand
{
    /// <summary>Creates the hidden <c>__worker</c> command.</summary>
    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "The notebook to run." };
        var maxOutput = CommonOptions.MaxOutputChars();
        var stopOnError = new Option<bool>("--stop-on-error") { Description = "Stop at the first failing cell." };
        var channel = new Option<string>("--channel") { Description = "Handle of the pipe the reports go to.", Required = true };
        var lifeline = new Option<string>("--lifeline") { Description = "Handle of the pipe that closes when the runner is gone.", Required = true };
        var command = new Command(NotebookWorker.CommandName, "Runs one notebook for `nabla run` (internal).")
        {
            Hidden = true,
        };
        command.Add(notebook);
        command.Add(maxOutput);
        command.Add(stopOnError);
        command.Add(channel);
        command.Add(lifeline);
        command.SetAction(async (result, _) =>
        {
            int code = await NotebookWorker.RunAsync(
                result.GetRequiredValue(notebook), result.GetValue(maxOutput), result.GetValue(stopOnError),
                result.GetRequiredValue(channel), result.GetRequiredValue(lifeline));
            // Threads a cell left running must not keep the worker alive.
            Environment.Exit(code);
            return code;
        });
        return command;
    }
}
