using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// Compiles a tiny class library that depends on MathNet.Numerics into a folder without MathNet,
/// named Nabla.dll like the engine, in a folder like the engine's bin (a class library's bin has no NuGet dependencies).
/// </summary>
public static class TinyLibrary
{
    public static string Build(string folder)
    {
        const string code = """
            public static class Tiny
            {
                public static MathNet.Numerics.LinearAlgebra.Matrix<double> Make() =>
                    MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(2);

                public static string MathNetLocation() => typeof(MathNet.Numerics.Control).Assembly.Location;
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.StartsWith(Path.GetDirectoryName(typeof(object).Assembly.Location)!, StringComparison.Ordinal))
            .Append(typeof(MathNet.Numerics.Control).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        // Named like the engine: the worker must not confuse it with any of its own assemblies.
        var compilation = CSharpCompilation.Create("Nabla", [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "Nabla.dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
