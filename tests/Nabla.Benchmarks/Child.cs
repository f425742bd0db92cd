using System.Diagnostics;
using System.Text.Json;

namespace Nabla.Benchmarks;

/// <summary>Runs one measurement in a fresh process (its own thread settings, its own peak memory) and reads its JSON lines.</summary>
public static class Child
{
    /// <summary>
    /// The environment every child starts from: this one, minus OPENBLAS_CORETYPE (it costs OpenBLAS 30-40% here) and
    /// minus every setting of the .NET runtime (COMPlus_* and DOTNET_* other than the SDK's own variables, see
    /// <see cref="IsRuntimeSetting"/>), so that each Nabla place runs with exactly the settings its row names.
    /// </summary>
    public static Dictionary<string, string?> BaseEnvironment()
    {
        var environment = new Dictionary<string, string?> { ["OPENBLAS_CORETYPE"] = null };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(IsRuntimeSetting))
        {
            environment[name] = null;
        }

        return environment;
    }

    /// <summary>
    /// Whether an environment variable sets the .NET runtime (e.g. DOTNET_gcServer, DOTNET_TieredPGO,
    /// COMPlus_GCLOHThreshold). The SDK's and the host's variables (DOTNET_CLI_*, DOTNET_ROOT*, DOTNET_NOLOGO, ...),
    /// which the kernel's package restore runs with, are not runtime settings.
    /// </summary>
    public static bool IsRuntimeSetting(string name) =>
        name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)
            && !new[] { "DOTNET_CLI_", "DOTNET_ROOT", "DOTNET_HOST_PATH", "DOTNET_NOLOGO", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_ADD_GLOBAL_TOOLS_TO_PATH" }
                .Any(sdk => name.StartsWith(sdk, StringComparison.OrdinalIgnoreCase)));

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
    public static List<JsonElement> Self(IEnumerable<string> arguments, IDictionary<string, string?> environment) =>
        Dotnet(typeof(Child).Assembly.Location, arguments, environment);

    /// <summary>The .NET app <paramref name="assembly"/> (dotnet app.dll ...), with its own runtime configuration.</summary>
    public static List<JsonElement> Dotnet(string assembly, IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        return Run(viaDotnet ? host : "dotnet", new[] { assembly }.Concat(arguments), environment);
    }
}
