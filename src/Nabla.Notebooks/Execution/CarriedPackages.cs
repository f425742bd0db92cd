using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Nabla.Notebooks;

/// <summary>A NuGet package the runner carries (its assemblies ship with the runner).</summary>
/// <param name="Name">Package id.</param>
/// <param name="Version">The carried version.</param>
/// <param name="Assemblies">Root assembly simple names; their app-local dependencies are referenced too.</param>
/// <param name="AnyVersion">True when every requested version maps to the carried one.</param>
public sealed record CarriedPackage(string Name, string Version, IReadOnlyList<string> Assemblies, bool AnyVersion = false);

/// <summary>
/// Resolves <c>#r "nuget: ..."</c> against the packages the runner carries: the runner's own
/// dependencies, loaded once by simple name into the default load context.
/// </summary>
public static class CarriedPackages
{
    /// <summary>The carried packages (versions pinned in Directory.Packages.props).</summary>
    public static IReadOnlyList<CarriedPackage> All { get; } =
    [
        new("MathNet.Numerics", "5.0.0", ["MathNet.Numerics"]),
        new("Plotly.NET", "6.0.0", ["Plotly.NET"]),
        new("Plotly.NET.CSharp", "0.14.0", ["Plotly.NET.CSharp"]),
        new("FSharp.Core", "10.1.403", ["FSharp.Core"]),
        // The kernel extension that shows charts: the runner's own chart formatter does that job.
        new("Plotly.NET.Interactive", "*", ["Plotly.NET"], AnyVersion: true),
    ];

    /// <summary>Finds the carried package for a request, or explains what is carried instead.</summary>
    internal static CarriedPackage Find(PackageRequest request)
    {
        var package = All.FirstOrDefault(p => string.Equals(p.Name, request.Name, StringComparison.OrdinalIgnoreCase));
        if (package is not null && (package.AnyVersion || IsFloating(request.Version) || SameVersion(request.Version!, package.Version)))
            return package;
        string asked = request.Version is null ? request.Name : $"{request.Name} {request.Version}";
        throw new InvalidOperationException(
            $"Package {asked} is not available: the Nabla runner restores nothing and carries only {Describe()}.");
    }

    /// <summary>"MathNet.Numerics 5.0.0, Plotly.NET 6.0.0, ..." for messages.</summary>
    public static string Describe() =>
        string.Join(", ", All.Select(p => p.AnyVersion ? $"{p.Name} (any version)" : $"{p.Name} {p.Version}"));

    /// <summary>Paths of the package's assemblies and their app-local dependencies, loaded into the default context.</summary>
    internal static IReadOnlyList<string> AssemblyPaths(CarriedPackage package)
    {
        AssemblyResolution.Install();
        string runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<AssemblyName>(package.Assemblies.Select(a => new AssemblyName(a)));
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!))
                continue;
            Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(name);
            if (string.IsNullOrEmpty(assembly.Location) || assembly.Location.StartsWith(runtimeDir, StringComparison.OrdinalIgnoreCase))
                continue; // framework assembly: already referenced by default
            paths.Add(assembly.Location);
            foreach (var dependency in assembly.GetReferencedAssemblies())
                pending.Enqueue(dependency);
        }
        return paths;
    }

    private static bool IsFloating(string? version) => version is null or "" or "*" or "*-*";

    private static bool SameVersion(string requested, string carried) =>
        Normalize(requested) == Normalize(carried);

    private static string Normalize(string version)
    {
        var parts = version.Trim().Split('.').ToList();
        while (parts.Count < 3)
            parts.Add("0");
        return string.Join('.', parts).ToLowerInvariant();
    }
}
