using System.Reflection;
using System.Runtime.Loader;

namespace Nabla.Interactive;

/// <summary>
/// Lets Plotly.NET run on the FSharp.Core that the kernel has already loaded.
/// </summary>
/// <remarks>
/// Plotly.NET 6 is built against FSharp.Core 10.1; the .NET Interactive kernel (1.0.712001) ships and loads
/// FSharp.Core 10.0 for its own F# support. The runtime will not load a second FSharp.Core beside it, so the first
/// chart would fail with "Could not load file or assembly 'FSharp.Core, Version=10.1.0.0'". When that request
/// reaches the default load context, this answers it with the FSharp.Core already loaded: same major version, and
/// every function Plotly.NET calls exists in both. A host that carries FSharp.Core 10.1 itself never asks.
/// </remarks>
internal static class FSharpCoreBinding
{
    private static int installed;

    /// <summary>Installs the resolving handler once per process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    /// <summary>The loaded FSharp.Core when <paramref name="name"/> asks for FSharp.Core of the same major version, else null.</summary>
    internal static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name != "FSharp.Core")
        {
            return null;
        }

        return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a =>
        {
            var loaded = a.GetName();
            return loaded.Name == "FSharp.Core" && loaded.Version?.Major == (name.Version?.Major ?? loaded.Version?.Major);
        });
    }
}
