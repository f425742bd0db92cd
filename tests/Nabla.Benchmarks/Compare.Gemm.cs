using System.Globalization;
using System.Text.Json;

namespace Nabla.Benchmarks;

public static partial class Compare
{
    /// <summary>
    /// n x n products: Nabla's kernels, MathNet's own managed product and numpy (OpenBLAS, 1 and 2 threads), double
    /// and float. With <paramref name="avx2"/>, both sides without AVX-512: Nabla under DOTNET_EnableAVX512=0 and
    /// OpenBLAS with its Haswell (AVX2) kernels, as on most laptops.
    /// </summary>
    private static void Gemm(Options options, string script, TextWriter output, bool avx2)
    {
        var sizes = string.Join(',', options.Sizes);
        (string, string?) nablaIsa = ("DOTNET_EnableAVX512", avx2 ? "0" : null), blasIsa = ("OPENBLAS_CORETYPE", avx2 ? "Haswell" : null);
        foreach (var type in new[] { "float64", "float32" })
        {
            var columns = new (string Name, Func<List<JsonElement>> Run)[]
            {
                ("Nabla", () => Child.Self(["gemm", "--dtype", type, "--sizes", sizes], ChildEnvironment(nablaIsa))),
                ("MathNet managed", () => Child.Self(["gemm", "--dtype", type, "--sizes", sizes], ChildEnvironment(("NABLA_KERNELS", "managed"), nablaIsa))),
                ("numpy, BLAS 1", () => Child.Run(options.Python, [script, "gemm", "--dtype", type, "--sizes", sizes], ChildEnvironment(("OPENBLAS_NUM_THREADS", "1"), blasIsa))),
                ("numpy, BLAS 2", () => Child.Run(options.Python, [script, "gemm", "--dtype", type, "--sizes", sizes], ChildEnvironment(("OPENBLAS_NUM_THREADS", "2"), blasIsa))),
            };
            var best = new Dictionary<(string, int), double>();
            for (var round = 0; round < options.Repeats; round++)
            {
                foreach (var (name, run) in columns)
                {
                    if (name == "MathNet managed" && round > 0)
                    {
                        continue;                                // slow and only for reference: once is enough
                    }

                    foreach (var line in run())
                    {
                        var key = (name, line.GetProperty("n").GetInt32());
                        best[key] = Math.Max(best.GetValueOrDefault(key), line.GetProperty("gflops").GetDouble());
                    }
                }
            }

            var isa = avx2 ? ", AVX2 only (Nabla: DOTNET_EnableAVX512=0; OpenBLAS: OPENBLAS_CORETYPE=Haswell)" : "";
            output.WriteLine($"### GEMM {type}{isa}: C = A B, n x n, GFLOP/s (2 n^3 per product, best of {options.Repeats} runs of 5 rounds)");
            output.WriteLine();
            output.WriteLine($"| n | {string.Join(" | ", columns.Select(c => c.Name))} | Nabla / best numpy |");
            output.WriteLine($"|---:|{string.Concat(columns.Select(_ => "---:|"))}---:|");
            foreach (var n in options.Sizes)
            {
                var numpy = Math.Max(best[("numpy, BLAS 1", n)], best[("numpy, BLAS 2", n)]);
                var cells = string.Join(" | ", columns.Select(c => best[(c.Name, n)].ToString("F1", CultureInfo.InvariantCulture)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {n} | {cells} | {best[("Nabla", n)] / numpy:P0} |"));
            }

            output.WriteLine();
        }
    }
}
