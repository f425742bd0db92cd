using Nabla.Cli;

namespace Nabla.Notebooks.Tests;

/// <summary>The <c>nabla</c> command called in process, with what it printed (each notebook still gets its own worker).</summary>
public static class NablaCli
{
    /// <summary>Runs <c>nabla</c> with <paramref name="args"/>; returns the exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
