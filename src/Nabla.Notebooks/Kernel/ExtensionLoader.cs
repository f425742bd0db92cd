using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace Nabla.Notebooks;

/// <summary>
/// Loads the kernel extensions of restored NuGet packages, as the dotnet-interactive app does (that loader is part of
/// the app, not of the kernel packages): after a submission that added packages, every public
/// <see cref="IKernelExtension"/> in a package's <c>interactive-extensions/dotnet/*.dll</c> is created and loaded.
/// This is how a lesson's <c>#r "nuget: Nabla.Interactive, ..."</c> installs the kit's chart formatter here too.
/// </summary>
internal static class ExtensionLoader
{
    /// <summary>Watches <paramref name="kernel"/> for added packages and loads their extensions after each command.</summary>
    public static void Attach(CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<string>();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        kernel.RegisterForDisposal(kernel.KernelEvents
            .OfType<PackageAdded>()
            .Select(e => e.PackageReference.PackageRoot)
            .Where(root => root is not null)
            .Subscribe(root => added.Enqueue(root!)));
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (added.TryDequeue(out var root))
            {
                var folder = Path.Combine(root, "interactive-extensions", "dotnet");
                if (Directory.Exists(folder) && loaded.Add(folder))
                {
                    await LoadAsync(folder, kernel, context);
                }
            }
        });
    }

    private static async Task LoadAsync(string folder, Kernel kernel, KernelInvocationContext context)
    {
        foreach (var file in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
            var types = assembly.ExportedTypes
                .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false } && typeof(IKernelExtension).IsAssignableFrom(t))
                .ToList();
            if (types.Count > 0)
            {
                KernelInvocationContextExtensions.Display(context, $"Loading extensions from `{assembly.Location}`"); // the app's own words
            }

            foreach (var type in types)
            {
                try
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(kernel);
                    context.Publish(new KernelExtensionLoaded(extension, context.Command));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Fail(context.Command, e, $"Failed to load kernel extension \"{type.Name}\" from {assembly.Location}: {e.Message}");
                }
            }
        }
    }
}
