using MathNet.Numerics.Providers.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Nabla's fast matrix product, plugged in behind MathNet. An optimization only: a learner can skip this
/// folder entirely, because every result is the same sum as the textbook triple loop, up to rounding.
/// </summary>
/// <remarks>
/// <para>MathNet's own managed matrix product computes one scalar dot product per entry; Nabla's
/// <see cref="Gemm"/> blocks for the caches, packs the operands, keeps tiles of the result in 512-bit (or
/// 256-bit) vector registers with fused multiply-adds, and uses every core for large products: 15-40x faster,
/// which is what makes the notebooks' training loops quick.</para>
/// <para><see cref="Install"/> makes it MathNet's linear-algebra provider, so every dense double or float
/// product in the process uses it: <c>a * b</c>, <c>TransposeAndMultiply</c>, <c>TransposeThisAndMultiply</c>
/// and matrix-vector products. <see cref="Tensor"/>'s static constructor calls it, so nothing needs to be done.
/// To run on MathNet's own code instead (to compare, or to rule the kernels out when hunting a bug), set the
/// environment variable <c>NABLA_KERNELS=managed</c> before the process starts, or call <see cref="Uninstall"/>.</para>
/// </remarks>
public static partial class Kernels
{
    /// <summary>The environment variable that turns the kernels off when set to <c>managed</c>.</summary>
    public const string EnvironmentVariable = "NABLA_KERNELS";

    private static readonly object Gate = new();

    /// <summary>True while MathNet uses Nabla's kernels for matrix products.</summary>
    public static bool IsInstalled => LinearAlgebraControl.Provider is KernelProvider;

    /// <summary>
    /// The most threads one matrix product may use (default: all cores). Only products of more than about eight
    /// million multiply-adds (a 200 x 200 x 200 product) are split at all; set 1 to keep every product on the
    /// calling thread.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public static int MaxThreads
    {
        get => Gemm.MaxThreads;
        set => Gemm.MaxThreads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Kernels.MaxThreads expects at least 1 thread, got {value}.");
    }

    /// <summary>The vector instructions the kernel uses on this CPU: "AVX-512", "AVX2" or "scalar".</summary>
    public static string InstructionSet => Gemm.Best switch
    {
        MicroKernel.Avx512 => "AVX-512",
        MicroKernel.Avx2 => "AVX2",
        _ => "scalar",
    };

    /// <summary>
    /// Makes Nabla's kernels MathNet's linear-algebra provider, unless <c>NABLA_KERNELS=managed</c> is set or
    /// another (native) provider was chosen by the user. Safe to call any number of times, and it never throws:
    /// if anything goes wrong, MathNet keeps its own provider.
    /// </summary>
    /// <returns>True if the kernels are in use afterwards.</returns>
    public static bool Install()
    {
        lock (Gate)
        {
            try
            {
                var current = LinearAlgebraControl.Provider;
                if (current is KernelProvider)
                {
                    return true;
                }

                var setting = Environment.GetEnvironmentVariable(EnvironmentVariable);
                if (string.Equals(setting, "managed", StringComparison.OrdinalIgnoreCase) || current is not ManagedLinearAlgebraProvider || !SelfTest())
                {
                    return false;
                }

                LinearAlgebraControl.Provider = new KernelProvider();
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;   // Tensor's static constructor calls this: the engine must work without the kernels
            }
        }
    }

    /// <summary>Puts MathNet's own managed provider back (if Nabla's kernels were installed).</summary>
    public static void Uninstall()
    {
        lock (Gate)
        {
            if (IsInstalled)
            {
                LinearAlgebraControl.Provider = ManagedLinearAlgebraProvider.Instance;
            }
        }
    }

    /// <summary>
    /// A product through the whole fast path (packing, micro-kernel, edges) on small integers, where every
    /// sum is exact: if this CPU or runtime ever got it wrong, the kernels stay out.
    /// </summary>
    private static bool SelfTest()
    {
        const int m = 29, k = 23, n = 31;
        var a = new double[m * k];
        var b = new double[k * n];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = i % 7 - 3;
        }

        for (var i = 0; i < b.Length; i++)
        {
            b[i] = i % 5 - 2;
        }

        var fast = new double[m * n];
        KernelProvider.Product(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, a, m, k, b, k, n, 0.0, fast);
        var plain = new double[m * n];
        Gemm.Small(1.0, new Operand<double>(a, 0, m, false), new Operand<double>(b, 0, k, false), 0.0, new Operand<double>(plain, 0, m, false), m, n, k);
        return fast.AsSpan().SequenceEqual(plain);      // the textbook triple loop
    }
}
