namespace Nabla;

public static partial class FashionMnist
{
    /// <summary>The environment variable naming a folder with the full official files: <c>NABLA_FASHION_MNIST</c>.</summary>
    public const string EnvironmentVariable = "NABLA_FASHION_MNIST";

    /// <summary>Where Debian's dataset-fashion-mnist package installs the official files.</summary>
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>
    /// SHA-256 of the DECOMPRESSED content of each official file, by file name. The decompressed bytes identify
    /// the data whatever gzip settings produced the archive: Debian's package recompresses the files (so their
    /// .gz bytes and MD5s differ from the ones upstream publishes) but holds exactly the upstream IDX content.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OfficialContentSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["train-images-idx3-ubyte.gz"] = "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
        ["train-labels-idx1-ubyte.gz"] = "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
        ["t10k-images-idx3-ubyte.gz"] = "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
        ["t10k-labels-idx1-ubyte.gz"] = "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
    };

    /// <summary>
    /// The full official set: 60,000 training and 10,000 test images, each file checked against
    /// <see cref="OfficialContentSha256"/>. About 440 MB of doubles in memory.
    /// </summary>
    /// <param name="directory">
    /// A folder with the four files (.gz, or decompressed without the .gz suffix). Null: the folder named by
    /// <c>NABLA_FASHION_MNIST</c>, else <see cref="DebianDirectory"/> (the first that holds all four files).
    /// </param>
    /// <exception cref="DirectoryNotFoundException">No folder holds the four files; the message lists where it looked.</exception>
    /// <exception cref="ChecksumMismatchException">A file's content is not the official one.</exception>
    public static (Dataset Train, Dataset Test) Load(string? directory = null)
    {
        var folder = LocateFull(directory);
        var train = ToDataset(
            Idx.ParseImages(ReadVerified(folder, "train-images-idx3-ubyte.gz"), "train-images-idx3-ubyte"),
            Idx.ParseLabels(ReadVerified(folder, "train-labels-idx1-ubyte.gz"), "train-labels-idx1-ubyte"),
            $"{folder} (train)");
        var test = ToDataset(
            Idx.ParseImages(ReadVerified(folder, "t10k-images-idx3-ubyte.gz"), "t10k-images-idx3-ubyte"),
            Idx.ParseLabels(ReadVerified(folder, "t10k-labels-idx1-ubyte.gz"), "t10k-labels-idx1-ubyte"),
            $"{folder} (test)");
        return (train, test);
    }

    /// <summary>The first of: the argument, NABLA_FASHION_MNIST, the Debian folder, that holds all four files.</summary>
    private static string LocateFull(string? directory)
    {
        var candidates = new List<(string Folder, string Source)>();
        if (directory is not null)
        {
            candidates.Add((directory, "the argument"));
        }
        else
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                candidates.Add((fromEnvironment, EnvironmentVariable));
            }

            candidates.Add((DebianDirectory, "the Debian package folder"));
        }

        var tried = new List<string>();
        foreach (var (folder, source) in candidates)
        {
            var missing = FileNames.Where(name => FindFile(folder, name) is null).ToList();
            if (missing.Count == 0)
            {
                return folder;
            }

            tried.Add($"{folder} ({source}): missing {string.Join(", ", missing)}");
        }

        throw new DirectoryNotFoundException(
            $"Expected the four Fashion-MNIST files in one folder, found none. Tried: {string.Join("; ", tried)}. " +
            $"Download them with 'nabla data fashion-mnist' (FashionMnist.DownloadAsync), set {EnvironmentVariable}, " +
            "or use FashionMnist.LoadSubset() for the shipped subset.");
    }

    /// <summary>The file as name.gz or decompressed (name without .gz), or null.</summary>
    private static string? FindFile(string folder, string name)
    {
        var gz = Path.Combine(folder, name);
        var raw = Path.Combine(folder, Path.GetFileNameWithoutExtension(name));
        return File.Exists(gz) ? gz : File.Exists(raw) ? raw : null;
    }

    private static byte[] ReadVerified(string folder, string name)
    {
        var path = FindFile(folder, name)!;
        var content = Gzip.ReadAllContent(path);
        var actual = Checksum.Sha256(content);
        if (actual != OfficialContentSha256[name])
        {
            throw new ChecksumMismatchException(path, OfficialContentSha256[name], actual, "SHA-256 of the decompressed content");
        }

        return content;
    }
}
