using System.Security.Cryptography;
using System.Text;

namespace Nabla.Tests.Serialization;

/// <summary>Damaged files give a ModelFileException naming the file, what was expected and what was found; failed saves leave nothing behind.</summary>
public sealed class ModelFileErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nabla-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string SaveSmall(string name = "small.nabla")
    {
        var rng = new Random(0);
        var path = Path.Combine(folder, name);
        new Sequential(new Linear(2, 3, rng), new Relu(), new Linear(3, 1, rng)).Save(path);
        return path;
    }

    private static ModelFileException LoadFails(string path)
    {
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Equal(path, error.Path);
        return error;
    }

    /// <summary>Replaces the header's JSON line and recomputes the checksum, so only the architecture is wrong.</summary>
    private static void RewriteHeader(string path, Func<string, string> edit)
    {
        var bytes = File.ReadAllBytes(path);
        var jsonEnd = Array.IndexOf(bytes, (byte)'\n', 14);
        var json = edit(Encoding.UTF8.GetString(bytes, 14, jsonEnd - 14));
        var body = Encoding.UTF8.GetBytes("NABLA-MODEL\n1\n" + json).Concat(bytes[jsonEnd..^32]).ToArray();
        File.WriteAllBytes(path, [.. body, .. SHA256.HashData(body)]);
    }

    [Fact]
    public void ATruncatedFileNamesTheExpectedAndActualLength()
    {
        var path = SaveSmall();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^40]);
        var error = LoadFails(path);
        Assert.Contains("truncated", error.Message);
        Assert.Contains($"expected {bytes.Length} bytes", error.Message);
        Assert.Contains($"found {bytes.Length - 40}", error.Message);

        File.WriteAllBytes(path, bytes[..20]);                                          // cut inside the header
        Assert.Contains("truncated", LoadFails(path).Message);
        File.WriteAllBytes(path, bytes[..12]);                                          // only the magic line
        Assert.Contains("expected the format version line", LoadFails(path).Message);
    }

    [Fact]
    public void AFlippedByteIsACheckSumMismatch()
    {
        var path = SaveSmall();
        var bytes = File.ReadAllBytes(path);
        bytes[^50] ^= 0x10;                                                             // inside the weights
        File.WriteAllBytes(path, bytes);
        var error = LoadFails(path);
        Assert.Contains("checksum mismatch", error.Message);
        Assert.Contains("expected SHA-256 " + Convert.ToHexString(bytes[^32..]), error.Message);
        Assert.Contains("computed " + Convert.ToHexString(SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32))), error.Message);
    }

    [Fact]
    public void AnotherVersionNamesBothVersions()
    {
        var path = SaveSmall();
        var bytes = File.ReadAllBytes(path);
        bytes[12] = (byte)'2';                                                          // "NABLA-MODEL\n2\n"
        File.WriteAllBytes(path, bytes);
        var error = LoadFails(path);
        Assert.Contains("format version 2 is not supported: expected version 1", error.Message);
    }

    [Fact]
    public void AWrongMagicNamesExpectedAndFound()
    {
        var path = Path.Combine(folder, "notes.txt");
        File.WriteAllText(path, "hello, this is not a model\n");
        var error = LoadFails(path);
        Assert.Contains("expected the magic line 'NABLA-MODEL'", error.Message);
        Assert.Contains("found 'hello, this'", error.Message);
        File.WriteAllBytes(path, []);
        Assert.Contains("found ''", LoadFails(path).Message);
    }

    [Fact]
    public void AWeightShapeThatContradictsTheArchitectureIsNamed()
    {
        var path = SaveSmall();
        RewriteHeader(path, json => json.Replace("\"shape\":[2,3]", "\"shape\":[3,2]", StringComparison.Ordinal)); // same size, wrong shape
        var error = LoadFails(path);
        Assert.Contains("wrong shape", error.Message);
        Assert.Contains("expects parameter 0.W (2, 3)", error.Message);
        Assert.Contains("the file lists 0.W (3, 2)", error.Message);
    }

    [Fact]
    public void AnUnknownLayerOrAnInvalidHyperParameterIsNamed()
    {
        var path = SaveSmall();
        RewriteHeader(path, json => json.Replace("\"Relu\"", "\"Swish\"", StringComparison.Ordinal));
        var error = LoadFails(path);
        Assert.Contains("type 'Swish'", error.Message);
        Assert.Contains("Linear, Maxout", error.Message);

        path = SaveSmall("dropout.nabla");
        RewriteHeader(path, json => json.Replace("{\"type\":\"Relu\"}", "{\"type\":\"Dropout\",\"p\":1.5}", StringComparison.Ordinal));
        Assert.Contains("got 1.5", LoadFails(path).Message);

        RewriteHeader(path, _ => "{not json");
        Assert.Contains("damaged header", LoadFails(path).Message);
    }

    private sealed class Custom : Module
    {
        public override Tensor Forward(Tensor x) => x;
    }

    [Fact]
    public void AFailedSaveLeavesTheExistingFileUntouchedAndNoTemporaryFile()
    {
        var path = SaveSmall();
        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<ModelFileException>(() => new Sequential(new Linear(2, 2, new Random(1)), new Custom()).Save(path));
        Assert.Contains("Custom", error.Message);
        Assert.Contains("supported layers", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void AFailureAfterWritingTheTemporaryFileRemovesIt()
    {
        var target = Path.Combine(folder, "taken");
        Directory.CreateDirectory(target);                                              // the final rename cannot replace a folder
        Assert.ThrowsAny<IOException>(() => ModelFile.Save(new Sequential(new Linear(2, 2, new Random(1))), target));
        Assert.Empty(Directory.GetFiles(folder));
        Assert.True(Directory.Exists(target));
    }
}
