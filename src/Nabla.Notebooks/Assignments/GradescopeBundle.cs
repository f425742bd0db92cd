using System.IO.Compression;

namespace Nabla.Notebooks;

/// <summary>
/// The Gradescope autograder zip of an assignment: <c>setup.sh</c> (Gradescope runs it once, as root, when it builds
/// the image: it installs bubblewrap, the .NET SDK 10 and the kit's packages), <c>run_autograder</c> (run for each
/// submission: it calls <c>nabla grade</c> on <c>/autograder/submission</c> and copies the result to
/// <c>/autograder/results/results.json</c>), the autograder bundle, the kit's command-line tool and its three packages.
/// </summary>
public static class GradescopeBundle
{
    /// <summary>The zip's file name in the release folder.</summary>
    public const string FileName = "gradescope-autograder.zip";

    /// <summary>Writes the zip to <paramref name="zipPath"/> (atomically).</summary>
    /// <param name="bundleFolder">The autograder bundle (<see cref="AutograderBundle"/>).</param>
    /// <param name="cliFolder">The folder of the kit's CLI (Nabla.Cli.dll and its dependencies).</param>
    /// <param name="packages">The kit's .nupkg files (Nabla, Nabla.Plots, Nabla.Interactive).</param>
    /// <param name="zipPath">Where to write the zip.</param>
    public static void Write(string bundleFolder, string cliFolder, IEnumerable<string> packages, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(packages);
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "setup.sh", GradescopeScripts.Setup);
            Text(zip, "run_autograder", GradescopeScripts.RunAutograder);
            Folder(zip, bundleFolder, "autograder");
            Folder(zip, cliFolder, "kit/cli");
            foreach (string package in packages)
                AddFile(zip, package, "kit/packages/" + Path.GetFileName(package));
        }
        AtomicFile.WriteAllBytes(zipPath, memory.ToArray());
    }

    /// <summary>The kit's three packages as installed in the NuGet global packages folder (where a Release build puts them).</summary>
    /// <exception cref="FileNotFoundException">A package is missing: build src/Nabla.Interactive in Release first.</exception>
    public static IReadOnlyList<string> KitPackages(string nugetRoot, string version)
    {
        var paths = new[] { "nabla", "nabla.plots", "nabla.interactive" }
            .Select(id => Path.Combine(nugetRoot, id, version, $"{id}.{version}.nupkg")).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            throw new FileNotFoundException($"Expected the kit's package at {missing}, found no file: build it with `dotnet build src/Nabla.Interactive -c Release`.", missing);
        return paths;
    }

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static void Text(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        entry.ExternalAttributes = Convert.ToInt32("100755", 8) << 16;   // a regular file, executable
        using var writer = new StreamWriter(entry.Open(), HtmlText.Utf8);
        writer.Write(text.ReplaceLineEndings("\n"));
    }

    private static void Folder(ZipArchive zip, string folder, string prefix)
    {
        foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            AddFile(zip, file, prefix + "/" + Path.GetRelativePath(folder, file).Replace('\\', '/'));
    }

    /// <summary>Adds a file with one fixed time: the same assignment and kit give the same zip, byte for byte.</summary>
    private static void AddFile(ZipArchive zip, string path, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        using var target = entry.Open();
        using var file = File.OpenRead(path);
        file.CopyTo(target);
    }
}
