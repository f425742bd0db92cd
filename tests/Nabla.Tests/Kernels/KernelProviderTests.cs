using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>Tests that switch MathNet's global provider run alone, so no other test sees the switch.</summary>
[CollectionDefinition(nameof(GlobalProviderCollection), DisableParallelization = true)]
public sealed class GlobalProviderCollection;

/// <summary>MathNet's own matrix products reach the fast kernels once a tensor exists; installing is explicit and reversible.</summary>
[Collection(nameof(GlobalProviderCollection))]
public sealed class KernelProviderTests
{
    public KernelProviderTests() => _ = Tensor.Zeros(1, 1);   // Tensor's static constructor installs the kernels

    [Fact]
    public void TensorInstallsTheKernelsAsMathNetsProvider()
    {
        Assert.True(Kernels.IsInstalled);
        Assert.Contains("Nabla kernels", MathNet.Numerics.Control.Describe());
        var fastest = Naive.Kernels().First();        // what this CPU supports, checked by the test itself
        Assert.Equal(fastest == MicroKernel.Avx512 ? "AVX-512" : fastest == MicroKernel.Avx2 ? "AVX2" : "scalar", Kernels.InstructionSet);
    }

    [Theory]
    [InlineData(64, 784, 128)]
    [InlineData(33, 17, 9)]
    public void MathNetProductsUseTheKernelsAndMatchTheTripleLoop(int m, int k, int n)
    {
        Assert.True(Kernels.IsInstalled);
        var rng = new Random(5);
        var a = Matrix<double>.Build.Dense(m, k, (_, _) => rng.NextDouble() - 0.5);
        var b = Matrix<double>.Build.Dense(k, n, (_, _) => rng.NextDouble() - 0.5);
        var g = Matrix<double>.Build.Dense(m, n, (_, _) => rng.NextDouble() - 0.5);
        var none = new double[m * n];
        Naive.AssertProduct(1.0, a.AsColumnMajorArray(), m, false, b.AsColumnMajorArray(), k, false, 0.0, none, (a * b).AsColumnMajorArray(), m, n, k);
        var gbT = g.TransposeAndMultiply(b);           // g b^T: (m, n) x (n, k)
        Naive.AssertProduct(1.0, g.AsColumnMajorArray(), m, false, b.AsColumnMajorArray(), k, true, 0.0, new double[m * k], gbT.AsColumnMajorArray(), m, k, n);
        var aTg = a.TransposeThisAndMultiply(g);       // a^T g: (k, m) x (m, n)
        Naive.AssertProduct(1.0, a.AsColumnMajorArray(), m, true, g.AsColumnMajorArray(), m, false, 0.0, new double[k * n], aTg.AsColumnMajorArray(), k, n, m);
        var single = a.Map(v => (float)v) * b.Map(v => (float)v);
        Assert.True((single.Map(v => (double)v) - a * b).Enumerate().All(d => Math.Abs(d) < 1e-4));
    }

    [Fact]
    public void UninstallRestoresMathNetsManagedProviderAndInstallPutsTheKernelsBack()
    {
        try
        {
            Kernels.Uninstall();
            Assert.False(Kernels.IsInstalled);
            Assert.IsType<ManagedLinearAlgebraProvider>(LinearAlgebraControl.Provider);
            Assert.True(Kernels.Install());
            Assert.True(Kernels.Install());   // idempotent
            Assert.True(Kernels.IsInstalled);
        }
        finally
        {
            Kernels.Install();
        }
    }

    [Fact]
    public void TheEnvironmentVariableKeepsMathNetsOwnProvider()
    {
        var before = Environment.GetEnvironmentVariable(Kernels.EnvironmentVariable);
        try
        {
            Kernels.Uninstall();
            Environment.SetEnvironmentVariable(Kernels.EnvironmentVariable, "managed");
            Assert.False(Kernels.Install());
            Assert.False(Kernels.IsInstalled);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Kernels.EnvironmentVariable, before);
            Kernels.Install();
        }
    }
}
