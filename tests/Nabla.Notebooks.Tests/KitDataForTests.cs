using System.Runtime.CompilerServices;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// Points NABLA_DATA at this repository's data folder for the whole test run (unless it is set already), so that
/// `nabla assign` called in process finds the kit's data wherever the build output lives (for example with
/// -p:ArtifactsPath outside the repository).
/// </summary>
internal static class KitDataForTests
{
#pragma warning disable CA2255 // a test assembly: this runs once, before any test
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void PointAtTheRepositoryData()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KitData.EnvironmentVariable)))
            Environment.SetEnvironmentVariable(KitData.EnvironmentVariable, Path.Combine(TestRepo.Root, "data"));
    }
}
