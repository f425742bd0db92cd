using System.Text.RegularExpressions;

namespace Nabla.Notebooks;

/// <summary>A <c>#r "nuget: Name, Version"</c> request.</summary>
/// <param name="Name">Package id.</param>
/// <param name="Version">Requested version, or null when none is given.</param>
internal sealed record PackageRequest(string Name, string? Version);

/// <summary>A cell after its kernel directives were taken out.</summary>
/// <param name="Code">The C# code; each directive line is replaced by an empty line so positions stay right.</param>
/// <param name="Packages">Package references to add before compiling.</param>
/// <param name="Time">True when the cell asked for <c>#!time</c>.</param>
/// <param name="Imports">Files named by <c>#!import</c>, in order.</param>
/// <param name="Error">Why the cell cannot run (unknown magic command, other kernel), or null.</param>
internal sealed record ParsedCell(string Code, IReadOnlyList<PackageRequest> Packages, bool Time, IReadOnlyList<string> Imports, string? Error);

/// <summary>
/// Pre-processes the directives the kernel handles itself (every <c>#!</c> line, <c>#r "nuget:"</c>
/// and <c>#i</c>), which plain Roslyn rejects. <c>#r "path"</c> and <c>#load</c> are left to Roslyn.
/// </summary>
internal static partial class DirectiveParser
{
    private static readonly HashSet<string> OtherKernels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "mermaid", "sql", "kql", "http", "value", "python", "r",
    };

    /// <summary>Splits <paramref name="source"/> into code and directives.</summary>
    public static ParsedCell Parse(string source)
    {
        string[] lines = source.Split('\n');
        var packages = new List<PackageRequest>();
        var imports = new List<string>();
        bool time = false;
        string? error = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                string word = line[2..].Split([' ', '\t'], 2)[0];
                string argument = line[(2 + word.Length)..].Trim();
                switch (word.ToLowerInvariant())
                {
                    case "csharp" or "c#":
                        break;
                    case "time":
                        time = true;
                        break;
                    case "import":
                        imports.Add(argument.Trim('"'));
                        break;
                    case var k when OtherKernels.Contains(k):
                        error ??= $"The cell selects the '{word}' kernel (#!{word}); the Nabla runner supports only C# cells.";
                        break;
                    default:
                        error ??= $"Unknown magic command '#!{word}'";
                        break;
                }
                lines[i] = "";
            }
            else if (NugetReference().Match(line) is { Success: true } m)
            {
                string? version = m.Groups["version"].Success ? m.Groups["version"].Value.Trim() : null;
                packages.Add(new PackageRequest(m.Groups["name"].Value.Trim(), string.IsNullOrEmpty(version) ? null : version));
                lines[i] = "";
            }
            else if (PackageSource().IsMatch(line))
            {
                lines[i] = ""; // #i "nuget: source": the runner carries its packages, no source is needed.
            }
        }
        return new ParsedCell(string.Join('\n', lines), packages, time, imports, error);
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^",]+?)\s*(,\s*(?<version>[^"]*))?"\s*$""")]
    private static partial Regex NugetReference();

    [GeneratedRegex("""^#i\s+".*"\s*$""")]
    private static partial Regex PackageSource();
}
