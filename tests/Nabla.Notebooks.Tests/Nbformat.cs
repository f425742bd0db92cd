using System.Diagnostics;

namespace Nabla.Notebooks.Tests;

/// <summary>Validates a notebook with Jupyter's own validator (Debian's python3-nbformat).</summary>
public static class Nbformat
{
    public static void AssertValid(string path)
    {
        string python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"nbformat rejected {path}:\n{error}");
    }
}
