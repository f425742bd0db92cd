using System.Diagnostics;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>Wall time of <c>nabla run notebooks</c> (every lesson, headless), with the kernels and with MathNet's managed product.</summary>
    private static void NotebookSuite(string repository, TextWriter output)
    {
        var cli = Path.Combine(repository, "artifacts", "bin", "Nabla.Cli", "release", "Nabla.Cli.dll");
        if (!File.Exists(cli))
        {
            output.WriteLine($"Notebook suite: skipped, {cli} not found (build it: dotnet build src/Nabla.Cli -c Release).");
            return;
        }

        output.WriteLine("### Notebook suite, headless (nabla run notebooks), wall time");
        output.WriteLine();
        output.WriteLine("| engine | seconds | result |");
        output.WriteLine("|---|---:|---|");
        foreach (var (name, setting) in new[] { ("Nabla kernels", (string?)null), ("MathNet managed (NABLA_KERNELS=managed)", "managed") })
        {
            var folder = Path.Combine(Path.GetTempPath(), $"nabla-compare-notebooks-{Environment.ProcessId}");
            var watch = Stopwatch.StartNew();
            string result;
            try
            {
                Child.Run(Environment.ProcessPath ?? "dotnet", [cli, "run", Path.Combine(repository, "notebooks"), "--out", folder],
                    ChildEnvironment(("NABLA_KERNELS", setting)));
                result = "all cells ran";
            }
            catch (InvalidOperationException e)
            {
                result = "failed: " + e.Message.Split('\n')[0];
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            output.WriteLine($"| {name} | {watch.Elapsed.TotalSeconds:F0} | {result} |");
        }

        output.WriteLine();
    }
}
