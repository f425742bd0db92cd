using System.Diagnostics;
using System.Text.Json;

namespace Nabla.Benchmarks;

/// <summary>Runs one measurement in a fresh process (its own thread settings, its own peak memory) and reads its JSON lines.</summary>
public static class Child
{
    /// <summary>
    /// The environment every child starts from: this one, minus OPENBLAS_CORETYPE (it costs OpenBLAS 30-40% here) and
    /// any inherited setting of the .NET runtime options the comparison varies (<see cref="Compare.DotnetDefaults"/>;
    /// rows set them themselves).
    /// </summary>
    public static Dictionary<string, string?> BaseEnvironment()
    {
        var environment = new Dictionary<string, string?> { ["OPENBLAS_CORETYPE"] = null };
        foreach (var (name, _) in Compare.DotnetDefaults)
        {
            environment[name] = null;
        }

        return environment;
    }

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> and returns every stdout line that is a JSON object.</summary>
    /// <exception cref="InvalidOperationException">The process failed; the message holds its error output.</exception>
    public static List<JsonElement> Run(string file, IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<JsonElement>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith('{'))
            {
                lines.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }

        return lines;
    }

    /// <summary>This benchmark program again (dotnet Nabla.Benchmarks.dll ...), for the Nabla measurements.</summary>
    public static List<JsonElement> Self(IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        return Run(host, viaDotnet ? new[] { typeof(Child).Assembly.Location }.Concat(arguments) : arguments, environment);
    }
}
