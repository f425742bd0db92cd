using System.CommandLine;

namespace Nabla.Cli;

/// <summary>Entry point of the <c>nabla</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line with the console as output.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line, writing to the given writers (tests capture them).</summary>
    /// <returns>0 when all is well, 2 when a notebook cell or check failed, 1 on usage or infrastructure errors.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // One line per command: each command lives in its own file with a static Create().
        var root = new RootCommand("nabla: run, check and publish the Nabla notebooks, and hand out assignments.")
        {
            RunCommand.Create(),
            CheckCommand.Create(),
            BookCommand.Create(),
            DataCommand.Create(),
            AssignCommand.Create(),
            ValidateCommand.Create(),
            GradeCommand.Create(),
            WorkerCommand.Create(),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
