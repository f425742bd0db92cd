namespace Nabla.Tests;

/// <summary>Finds the repository root (the folder holding Nabla.slnx) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var baked = typeof(RepositoryRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (baked is not null && File.Exists(System.IO.Path.Combine(baked, "Nabla.slnx")))
        {
            return baked;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Nabla.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Nabla.slnx above {AppContext.BaseDirectory}.");
    }
}
