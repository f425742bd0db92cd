using System.Text.RegularExpressions;

namespace Nabla.Tests;

/// <summary>data/README.md's table, the engine's checksum table and the files themselves agree.</summary>
public sealed partial class DataReadmeTests
{
    [GeneratedRegex(@"^\| `(?<path>[^`]+)` \|.*\| (?<bytes>\d+) \| `(?<sha>[0-9a-f]{64})` \|$")]
    private static partial Regex TableRow();

    private static readonly Dictionary<string, (long Bytes, string Sha256)> Table = File
        .ReadAllLines(Path.Combine(DataPaths.Data, "README.md"))
        .Select(line => TableRow().Match(line))
        .Where(m => m.Success)
        .ToDictionary(m => m.Groups["path"].Value, m => (long.Parse(m.Groups["bytes"].Value), m.Groups["sha"].Value));

    [Fact]
    public void ReadmeListsExactlyTheFilesOfTheEngineTable()
    {
        Assert.Equal(10, Table.Count);
        Assert.Equal(BundledFiles.Sha256.Keys.Order(), Table.Keys.Order());
        foreach (var (path, sha) in BundledFiles.Sha256)
        {
            Assert.True(Table[path].Sha256 == sha, $"{path}: README says {Table[path].Sha256}, BundledFiles says {sha}");
        }
    }

    [Fact]
    public void ReadmeSizesAndHashesMatchTheFiles()
    {
        foreach (var (path, (bytes, sha)) in Table)
        {
            var file = Path.Combine(DataPaths.Data, path);
            Assert.True(new FileInfo(file).Length == bytes, $"{path}: README says {bytes} bytes, the file has {new FileInfo(file).Length}");
            Assert.True(Checksum.Sha256(file) == sha, $"{path}: README says {sha}, sha256sum gives {Checksum.Sha256(file)}");
        }
    }

    [Fact]
    public void EveryDataFileIsListed()
    {
        var notData = new[] { "README.md", ".gitattributes", "fashion-mnist-subset/LICENSE" };
        var files = Directory.EnumerateFiles(DataPaths.Data, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DataPaths.Data, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("scripts/", StringComparison.Ordinal) && !notData.Contains(f))
            .Order();
        Assert.Equal(Table.Keys.Order(), files);
    }

    [Fact]
    public void ShippedDataStaysSmall()
    {
        var total = Table.Values.Sum(v => v.Bytes);
        Assert.InRange(total, 1_000_000, 6_000_000);
        Assert.InRange(Table[BundledFiles.FashionTrainImages].Bytes + Table[BundledFiles.FashionTestImages].Bytes, 4_000_000, 5_500_000);
    }
}
