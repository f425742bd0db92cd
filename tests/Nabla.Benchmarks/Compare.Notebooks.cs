using System.Diagnostics;
using System.Globalization;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>The lesson-time target of the performance work: every lesson under this many seconds, in both places.</summary>
    private const double LessonTarget = 30;

    /// <summary>
    /// Wall time of every lesson (notebooks/*.ipynb, the English edition; the Korean one runs the same code), one lesson
    /// at a time: in the kit's runner (<c>nabla run LESSON</c>, one process each, process start included) and in the real
    /// .NET Interactive kernel through Jupyter's client (a fresh kernel each, kernel start and package restore included).
    /// </summary>
    private static void NotebookSuite(Options options, string repository, TextWriter output)
    {
        var cli = Path.Combine(repository, "artifacts", "bin", "Nabla.Cli", "release", "Nabla.Cli.dll");
        if (!File.Exists(cli))
        {
            output.WriteLine($"Lessons: skipped, {cli} not found (build it: dotnet build src/Nabla.Cli -c Release).");
            return;
        }

        var lessons = Directory.GetFiles(Path.Combine(repository, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var runner = new Dictionary<string, string>();
        var folder = Directory.CreateTempSubdirectory("nabla-compare-lessons-").FullName;
        try
        {
            foreach (var lesson in lessons)
            {
                var watch = Stopwatch.StartNew();
                string cell;
                try
                {
                    Child.Dotnet(cli, ["run", lesson, "--out", folder], Child.BaseEnvironment());
                    cell = watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
                }
                catch (InvalidOperationException e)
                {
                    cell = "failed: " + e.Message.Split('\n')[0];
                }

                runner[Path.GetFileName(lesson)] = cell;
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        using var place = new NotebookPlace(options, repository);
        var kernel = place.RunLessons(lessons).ToDictionary(
            l => l.GetProperty("lesson").GetString()!,
            l => l.GetProperty("errors").GetInt32() == 0
                ? l.GetProperty("seconds").GetDouble().ToString("F1", CultureInfo.InvariantCulture)
                : $"{l.GetProperty("errors").GetInt32()} cells failed");

        output.WriteLine($"### Lessons, one at a time, wall seconds (target: each under {LessonTarget:F0} s in both places)");
        output.WriteLine();
        output.WriteLine($"| lesson | kit's runner (nabla run, process start included) | real kernel {NotebookPlace.ToolVersion} via Jupyter's client (kernel start included) |");
        output.WriteLine("|---|---:|---:|");
        foreach (var name in lessons.Select(Path.GetFileName).OfType<string>())
        {
            output.WriteLine($"| {name} | {runner[name]} | {kernel.GetValueOrDefault(name, "not run")} |");
        }

        var all = runner.Values.Concat(kernel.Values).ToArray();
        var met = all.Length == 2 * lessons.Length
                  && all.All(v => double.TryParse(v, CultureInfo.InvariantCulture, out var s) && s < LessonTarget);
        output.WriteLine();
        output.WriteLine($"- Every lesson under {LessonTarget:F0} s in both places: {(met ? "yes" : "NO")}.");
        output.WriteLine();
    }
}
