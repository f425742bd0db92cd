using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Benchmarks;

/// <summary>Times MathNet's n x n matrix product (whichever provider is installed) the same way compare.py times numpy's.</summary>
public static class GemmTiming
{
    /// <summary>GFLOP/s (2 n^3 per product) of the best of five rounds of at least 0.2 s each.</summary>
    public static double GigaFlops<T>(int n, double seconds = 0.2)
        where T : struct, IEquatable<T>, IFormattable
    {
        var rng = new Random(n);
        var a = Matrix<T>.Build.Dense(n, n, (_, _) => (T)Convert.ChangeType(rng.NextDouble() - 0.5, typeof(T)));
        var b = Matrix<T>.Build.Dense(n, n, (_, _) => (T)Convert.ChangeType(rng.NextDouble() - 0.5, typeof(T)));
        var c = Matrix<T>.Build.Dense(n, n);
        a.Multiply(b, c);                                   // warm-up (JIT, buffers)
        var best = double.PositiveInfinity;
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            var count = 0;
            do
            {
                a.Multiply(b, c);
                count++;
            }
            while (watch.Elapsed.TotalSeconds < seconds);
            best = Math.Min(best, watch.Elapsed.TotalSeconds / count);
        }

        return 2.0 * n * n * n / best / 1e9;
    }

    /// <summary>Prints one JSON line per size: {"n": n, "gflops": ...} (the child side of the comparison).</summary>
    public static void Print(string type, IEnumerable<int> sizes)
    {
        foreach (var n in sizes)
        {
            var gflops = type == "float32" ? GigaFlops<float>(n) : GigaFlops<double>(n);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"n\": {n}, \"gflops\": {gflops:F2}}}"));
        }
    }
}
