using System.Globalization;
using BenchmarkDotNet.Running;
using Nabla;
using Nabla.Benchmarks;

// dotnet run -c Release --project tests/Nabla.Benchmarks -- compare [--repeats 3] [--warmup 3] [--epochs 3] [--notebooks] ...
//     the side-by-side comparison with numpy and PyTorch (README, "Performance"); compare.sh wraps it.
// dotnet run -c Release --project tests/Nabla.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Gemm*]
//     the BenchmarkDotNet benchmarks (GemmBenchmarks, MlpStepBenchmarks).
// "mlp" (place 1, the kit's host) and "gemm" are Nabla children of the comparison, one measurement per process.
string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

switch (args.FirstOrDefault())
{
    case "compare":
        return Compare.Run(args[1..]);
    case "mlp":
        MlpWorkload.Run(Option("--data", "") is { Length: > 0 } data ? data : null,
            int.Parse(Option("--warmup", "20"), CultureInfo.InvariantCulture), int.Parse(Option("--epochs", "3"), CultureInfo.InvariantCulture));
        return 0;
    case "gemm":
        Kernels.Install();    // explicit here: this child makes no Tensor (it respects NABLA_KERNELS=managed)
        GemmTiming.Print(Option("--dtype", "float64"), Option("--sizes", "128,256,512,1024").Split(',').Select(int.Parse));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Compare).Assembly).Run(args);
        return 0;
}
