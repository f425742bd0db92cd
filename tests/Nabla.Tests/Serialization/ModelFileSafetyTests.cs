using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nabla.Tests.Serialization;

/// <summary>
/// Loading refuses what it used to accept silently (another architecture than expected, NaN weights under a valid
/// checksum), and the unclear errors of damaged paths and files now say what was expected and what was found.
/// </summary>
public sealed class ModelFileSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nabla-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Sequential Net(int hidden, int seed = 0)
    {
        var rng = new Random(seed);
        return new Sequential(new Linear(2, hidden, rng), new Relu(), new Linear(hidden, 3, rng));
    }

    private string Saved(Sequential model, string name = "model.nabla")
    {
        var path = Path.Combine(folder, name);
        model.Save(path);
        return path;
    }

    [Fact]
    public void LoadingWithTheExpectedArchitectureReturnsTheFilesWeights()
    {
        var saved = Net(4, seed: 1);
        var expected = Net(4, seed: 2);
        var loaded = Sequential.Load(Saved(saved), expected);
        Assert.Equal(saved.Parameters().Select(p => p.Data), loaded.Parameters().Select(p => p.Data));
        Assert.NotEqual(saved.Parameters().First().Data, expected.Parameters().First().Data);     // expected is only compared
    }

    [Fact]
    public void AnotherArchitectureNamesTheFirstDifferentWeight()
    {
        var path = Saved(new Sequential(new Linear(2, 2, new Random(0)), new Relu(), new Linear(2, 2, new Random(0))));
        var expected = new Sequential(new Linear(2, 2, new Random(0)), new Relu(), new Linear(2, 3, new Random(0)));
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path, expected));
        Assert.Equal($"Model file '{path}': expected layer 2 (Linear) weight 2.W of shape 2x3, found 2x2.", error.Message);
    }

    [Fact]
    public void AnotherLayerTypeOrCountOrHyperParameterIsNamed()
    {
        var path = Saved(new Sequential(new Linear(2, 3, new Random(0)), new Dropout(0.5, new Random(0)), new Relu()));
        Assert.Equal($"Model file '{path}': expected layer 2 to be Tanh(), found Relu().",
            Assert.Throws<ModelFileException>(() => ModelFile.Load(path, new Sequential(new Linear(2, 3, new Random(0)), new Dropout(0.5, new Random(0)), new Tanh()))).Message);
        Assert.Equal($"Model file '{path}': expected layer 1 to be Dropout(p=0.2), found Dropout(p=0.5).",
            Assert.Throws<ModelFileException>(() => ModelFile.Load(path, new Sequential(new Linear(2, 3, new Random(0)), new Dropout(0.2, new Random(0)), new Relu()))).Message);
        Assert.Equal($"Model file '{path}': expected 2 layers in the model, found 3: layer 2 (Relu()) is extra.",
            Assert.Throws<ModelFileException>(() => ModelFile.Load(path, new Sequential(new Linear(2, 3, new Random(0)), new Dropout(0.5, new Random(0))))).Message);
        Assert.Equal($"Model file '{path}': expected layer 3 (Identity()), found none: the model in the file has 3 layers, 4 were expected.",
            Assert.Throws<ModelFileException>(() => ModelFile.Load(path,
                new Sequential(new Linear(2, 3, new Random(0)), new Dropout(0.5, new Random(0)), new Relu(), new Identity()))).Message);
    }

    [Fact]
    public void NanWeightsUnderAValidChecksumAreRefused()
    {
        var path = Saved(Net(2));
        var bytes = File.ReadAllBytes(path);
        var weights = bytes.Length - 32 - 8 * (2 * 2 + 2 + 2 * 3 + 3);               // the first weight: 0.W[0, 0]
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(weights + 8 * 3), double.NaN);   // row-major: 0.W[1, 1]
        var body = bytes[..^32];
        File.WriteAllBytes(path, [.. body, .. SHA256.HashData(body)]);
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path));
        Assert.Equal($"Model file '{path}': parameter 0.W (2, 2) holds NaN at row 1, column 1: expected finite weights " +
            "(the checksum is intact, so the model was saved that way: its training had diverged).", error.Message);
    }

    [Fact]
    public void SavingNonFiniteWeightsIsRefused()
    {
        var model = Net(2);
        model.Parameters().Last().Data[0, 2] = double.PositiveInfinity;
        var path = Path.Combine(folder, "diverged.nabla");
        var error = Assert.Throws<ModelFileException>(() => model.Save(path));
        Assert.Equal($"Model file '{path}': cannot save parameter 2.b (1, 3): expected finite weights, found Infinity at row 0, column 2 " +
            "(training diverged; such a file could not be loaded).", error.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void WindowsLineEndingsAreNamed()
    {
        var path = Saved(Net(2));
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path));
        Assert.Equal($"Model file '{path}': expected the magic line 'NABLA-MODEL' ending in LF (\\n), found Windows (CRLF) line endings: " +
            "the file was converted as text (by git's autocrlf, an editor or a text-mode transfer), which also alters its binary weights. " +
            "Copy model files byte for byte (for git, add '*.nabla binary' to .gitattributes) and save the model again.", error.Message);
    }

    [Fact]
    public void ADirectoryIsNotAModelFile()
    {
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(folder));
        Assert.Equal($"Model file '{folder}': expected a model file, found a directory (name a file in it, e.g. '{Path.Combine(folder, "model.nabla")}').",
            error.Message);
    }

    [Fact]
    public void SavingIntoAMissingFolderNamesTheTargetAndTheFolder()
    {
        var missing = Path.Combine(folder, "missing");
        var target = Path.Combine(missing, "model.nabla");
        var error = Assert.Throws<DirectoryNotFoundException>(() => Net(2).Save(target));
        Assert.Equal($"Cannot save the model to '{target}': expected an existing folder '{missing}', found none " +
            "(create it first with Directory.CreateDirectory).", error.Message);
    }

    [Fact]
    public void SavingOntoADirectoryNamesIt()
    {
        var target = Path.Combine(folder, "taken");
        Directory.CreateDirectory(target);
        var error = Assert.ThrowsAny<IOException>(() => Net(2).Save(target));
        Assert.Equal($"Cannot save the model to '{target}': expected a file path, found a directory (add a file name, e.g. " +
            $"'{Path.Combine(target, "model.nabla")}').", error.Message);
    }

    [Fact]
    public void AChangedDigitInAHeaderShapeIsADamagedHeaderNotATruncatedFile()
    {
        var path = Saved(Net(3));
        var bytes = File.ReadAllBytes(path);
        var at = Encoding.Latin1.GetString(bytes).IndexOf("\"shape\":[2,3]", StringComparison.Ordinal);
        bytes[at + "\"shape\":[2,".Length] = (byte)'4';                             // 0.W listed as (2, 4); checksum not updated
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(path));
        Assert.Equal($"Model file '{path}': damaged header, wrong shape: the architecture expects parameter 0.W (2, 3) at position 0, " +
            "the file lists 0.W (2, 4).", error.Message);
    }

    [Fact]
    public void ASaveKilledHalfwayLeavesATempFileThatTheNextSaveRemoves()
    {
        // What kill -9 during Save leaves: a hidden temporary file of a process that no longer runs.
        using var gone = System.Diagnostics.Process.Start("true")!;
        gone.WaitForExit();
        var stale = Path.Combine(folder, $".model.nabla.{gone.Id}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(stale, new byte[1024]);
        // A save in progress in a running process (this one) must not be touched.
        var live = Path.Combine(folder, $".model.nabla.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(live, new byte[16]);
        var otherTarget = Path.Combine(folder, $".other.nabla.{gone.Id}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(otherTarget, new byte[16]);

        var path = Saved(Net(4));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(otherTarget));                 // only temporaries of the file being saved
        Assert.Equal(Net(4).Parameters().Select(p => p.Data), Sequential.Load(path).Parameters().Select(p => p.Data));
    }
}
