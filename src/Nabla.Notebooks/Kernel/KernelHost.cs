using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Nabla.Notebooks;

/// <summary>
/// Builds the kernel a notebook runs on: the real .NET Interactive C# kernel inside a composite kernel, set up as the
/// dotnet-interactive app sets it up for Jupyter (its KernelBuilder), minus the other languages and the parts that
/// exist only inside the app.
/// </summary>
internal static class KernelHost
{
    /// <summary>The C# kernel's name, as in the notebooks' metadata.</summary>
    public const string CSharp = "csharp";

    /// <summary>A composite kernel with the C# kernel, <c>#r "nuget:"</c>, the magic commands and kernel extensions.</summary>
    public static CompositeKernel Create()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                // What the app's UseNugetDirective() does: reference every assembly of every restored package.
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();
        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = CSharp;
        // #!time, #!lsmagic and #!markdown come from the app's Jupyter package, which is not published on its own.
        composite.UseImportMagicCommand();
        ExtensionLoader.Attach(composite);
        // What a browser front end (Jupyter, VS Code) gets: objects as HTML, strings as plain text.
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        return composite;
    }
}
