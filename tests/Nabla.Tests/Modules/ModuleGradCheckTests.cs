using Xunit.Abstractions;

namespace Nabla.Tests.Modules;

/// <summary>
/// Every module: backprop through Forward agrees with centred finite differences (worst relative error
/// &lt;= 1e-7) for the input and every parameter, with loss = sum(out * G) for a fixed random G.
/// </summary>
public sealed class ModuleGradCheckTests(ITestOutputHelper output)
{
    private static Tensor[] With(Tensor x, Module m) => [x, .. m.Parameters()];

    private void Check(string what, Module m, Tensor x)
    {
        var report = ModuleCases.Check(() => TestData.Project(m.Forward(x)), With(x, m));
        output.WriteLine($"{what}: worst gradient-check relative error {report.MaxRelativeError:E2}");
    }

    [Fact]
    public void Linear() => Check("Linear", new Linear(4, 3, new Random(1)), TestData.OffKink(5, 4, seed: 2));

    [Fact]
    public void LinearWithAnInitializer() => Check("Linear(He)", new Linear(4, 3, new Random(1), Init.HeNormal), TestData.OffKink(5, 4, seed: 2));

    [Fact]
    public void SequentialOfEveryKindOfLayer()
    {
        var rng = new Random(5);
        var model = new Sequential(
            new Linear(4, 6, rng), new Tanh(), new Maxout(6, 4, 2, rng), new Elu(0.7), new Linear(4, 3, rng));
        // Deep chains give some parameters gradients near 1e-5, where finite-difference round-off (~1e-12)
        // approaches the 1e-7 relative tolerance; this seeded network keeps every entry well measurable.
        Check("Sequential", model, TestData.OffKink(5, 4, seed: 4));
    }

    [Fact]
    public void Maxout() => Check("Maxout", new Maxout(4, 3, pieces: 3, new Random(5)), TestData.OffKink(6, 4, seed: 6));

    [Fact]
    public void FlattenOfStackedImages() => Check("Flatten", new Flatten(2, 3), TestData.OffKink(8, 3, seed: 7)); // 4 images of 2x3

    [Fact]
    public void DropoutWithAFixedMask()
    {
        // A fresh Dropout with the same seed draws the same mask on every call of the loss.
        var x = TestData.OffKink(6, 5, seed: 8);
        var report = ModuleCases.Check(() => TestData.Project(new Dropout(0.4, new Random(9)).Forward(x)), x);
        output.WriteLine($"Dropout: worst gradient-check relative error {report.MaxRelativeError:E2}");
        var mask = new Dropout(0.4, new Random(9)).SampleMask(6, 5);
        x.ZeroGrad();
        TestData.Project(new Dropout(0.4, new Random(9)).Forward(x)).Backward();
        Assert.Equal(mask.PointwiseMultiply(TestData.Weights(6, 5, 99).Data), x.Grad); // dy/dx = mask
    }

    public static TheoryData<string> Activations => new(ModuleCases.ActivationNames);

    [Theory]
    [MemberData(nameof(Activations))]
    public void ActivationModule(string name) => Check(name, ModuleCases.Activation(name), TestData.OffKink(4, 5, seed: 10));
}
