using System.Reflection;
using System.Runtime.Loader;

namespace Nabla.Notebooks;

/// <summary>
/// Lets the default load context find the carried assemblies by simple name, so each loads once
/// (Roslyn's interactive loader asks the default context first). Plotly.NET 6 breaks when
/// FSharp.Core is loaded twice; a #r'd engine DLL must bind to the carried MathNet.Numerics.
/// </summary>
internal static class AssemblyResolution
{
    private static readonly Lazy<bool> Installed = new(() =>
    {
        AssemblyLoadContext.Default.Resolving += Resolve;
        return true;
    });

    /// <summary>Folders searched for carried assemblies: the runner's own folders.</summary>
    public static IReadOnlyList<string> CarriedFolders { get; } =
        new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(AssemblyResolution).Assembly.Location) ?? "" }
            .Where(d => d.Length > 0)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Installs the resolving handler once per process.</summary>
    public static void Install() => _ = Installed.Value;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        foreach (var folder in CarriedFolders)
        {
            string path = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(path))
                return context.LoadFromAssemblyPath(path);
        }
        return null;
    }
}
