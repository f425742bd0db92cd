using System.Text;
using System.Text.Json;

namespace Nabla.Tests.Serialization;

/// <summary>Save then load gives the same model bit for bit; the format is the documented one.</summary>
public sealed class ModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nabla-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    internal static Sequential EveryLayer(int seed)
    {
        var rng = new Random(seed);
        return new Sequential(
            new Flatten(2, 3), new Linear(6, 8, rng, Init.HeNormal), new Relu(), new Dropout(0.25, rng),
            new Maxout(8, 6, 3, rng), new LeakyRelu(0.2), new Elu(0.7), new Gelu(), new Silu(),
            new Sequential(new Linear(6, 5, rng), new Tanh(), new Identity()),
            new Linear(5, 4, rng), new Sigmoid(), new Linear(4, 3, rng), new LogSoftmax(), new Softmax());
    }

    [Fact]
    public void SaveThenLoadGivesBitIdenticalPredictions()
    {
        var model = EveryLayer(1);
        var path = Path.Combine(folder, "model.nabla");
        model.Save(path);
        var loaded = Sequential.Load(path);

        Assert.Equal(model.ToString(), loaded.ToString());
        Assert.False(loaded.IsTraining);
        var expected = model.Parameters().SelectMany(p => p.Data.ToRowMajorArray()).Select(BitConverter.DoubleToInt64Bits);
        var actual = loaded.Parameters().SelectMany(p => p.Data.ToRowMajorArray()).Select(BitConverter.DoubleToInt64Bits);
        Assert.Equal(expected, actual);
        Assert.All(loaded.Parameters(), p => Assert.True(p.RequiresGrad, $"loaded parameter {p.Label} {p.Shape} should require a gradient"));
        var x = TestData.OffKink(8, 3, seed: 2);                                      // 4 images of 2x3
        var prediction = Trainer.Predict(loaded, x.Data);
        Assert.Equal(Trainer.Predict(model, x.Data).Data, prediction.Data);
        Assert.False(prediction.RequiresGrad);                                        // a prediction is a constant
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(folder).Select(Path.GetFileName)); // no temporary file left
    }

    /// <summary>Every layer of a chain, nested chains included, in order.</summary>
    private static IEnumerable<Module> Flat(Sequential model) => model.Layers.SelectMany(l => l is Sequential s ? [s, .. Flat(s)] : new[] { l });

    [Fact]
    public void EveryLayerHoldsEveryKindOfTheFormatsTable()
    {
        var kinds = ModelFile.LayerKinds.Select(k => k.Type).Append(nameof(Sequential)).Order();
        Assert.Equal(kinds, Flat(EveryLayer(0)).Select(l => l.GetType().Name).Distinct().Order());
    }

    [Fact]
    public void HyperParametersSurviveTheRoundTrip()
    {
        var saved = EveryLayer(3);
        var loaded = ModelFile.Load(Save(saved));
        foreach (var (before, after) in Flat(saved).Zip(Flat(loaded), (b, a) => (b, a)))
        {
            Assert.Equal(before.GetType(), after.GetType());
            if (ModelFile.KindOf(before) is { } kind)
            {
                Assert.Equal(kind.Values(before), kind.Values(after));                // every field of the table
            }
        }

        Assert.Equal(0.25, ((Dropout)loaded[3]).P);
        Assert.Equal(3, ((Maxout)loaded[4]).Pieces.Count);
        Assert.Equal(0.2, ((LeakyRelu)loaded[5]).Slope);
        Assert.Equal(0.7, ((Elu)loaded[6]).Alpha);
        Assert.Equal((2, 3), (((Flatten)loaded[0]).Height, ((Flatten)loaded[0]).Width));
        Assert.IsType<Identity>(((Sequential)loaded[9])[2]);
    }

    [Fact]
    public void LoadedDropoutIsSeededDeterministically()
    {
        var path = Save(new Sequential(new Dropout(0.5, new Random(0)), new Dropout(0.5, new Random(0))));
        var a = ModelFile.Load(path);
        var b = ModelFile.Load(path);
        a.Train();
        b.Train();
        var x = Tensor.Full(4, 50, 1.0);
        Assert.Equal(a.Forward(x).Data, b.Forward(x).Data);
        var fresh = ModelFile.Load(path);
        Assert.Equal(new Dropout(0.5, new Random(0)).SampleMask(4, 50), ((Dropout)fresh[0]).SampleMask(4, 50)); // k-th Dropout: Random(k)
        Assert.Equal(new Dropout(0.5, new Random(1)).SampleMask(4, 50), ((Dropout)fresh[1]).SampleMask(4, 50));
        var seeded = ModelFile.Load(path, dropoutSeed: 10);
        Assert.Equal(new Dropout(0.5, new Random(11)).SampleMask(4, 50), ((Dropout)seeded[1]).SampleMask(4, 50));
    }

    [Fact]
    public void TheFileHasTheDocumentedLayout()
    {
        var rng = new Random(0);
        var model = new Sequential(new Linear(2, 3, rng), new Relu(), new Linear(3, 1, rng));
        var bytes = File.ReadAllBytes(Save(model));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("NABLA-MODEL\n1\n{", text);
        var jsonEnd = text.IndexOf('\n', 14);
        using var header = JsonDocument.Parse(text[14..jsonEnd]);
        var layers = header.RootElement.GetProperty("layers");
        Assert.Equal(["Linear", "Relu", "Linear"], layers.EnumerateArray().Select(l => l.GetProperty("type").GetString()));
        Assert.Equal(2, layers[0].GetProperty("inFeatures").GetInt32());
        var names = header.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["0.W", "0.b", "2.W", "2.b"], names);

        var weights = bytes.AsSpan(jsonEnd + 1, 8 * 13);
        Assert.Equal(((Linear)model[0]).W.Data[0, 1], BitConverter.ToDouble(weights[8..16]));  // row-major, little-endian
        Assert.Equal(bytes.Length, jsonEnd + 1 + 8 * 13 + 32);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)), bytes[^32..]);
    }

    [Fact]
    public void SavingOverAnExistingFileReplacesItWhole()
    {
        var path = Save(EveryLayer(1));
        ModelFile.Save(new Sequential(new Linear(2, 2, new Random(5))), path);
        Assert.Equal("Sequential(" + Environment.NewLine + "  (0): Linear(2->2)" + Environment.NewLine + ")", ModelFile.Load(path).ToString());
        Assert.Single(Directory.GetFiles(folder));
    }

    private string Save(Sequential model)
    {
        var path = Path.Combine(folder, $"m{Directory.GetFiles(folder).Length}.nabla");
        ModelFile.Save(model, path);
        return path;
    }
}
