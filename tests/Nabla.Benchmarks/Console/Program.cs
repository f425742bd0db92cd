using System.Globalization;
using Nabla.Benchmarks;

// dotnet Nabla.Benchmarks.Console.dll --data DIR --warmup 20 --epochs 3
//     trains the comparison's MLP and prints one JSON line (MlpWorkload.Report); run by `Nabla.Benchmarks compare`.
string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

MlpWorkload.Run(Option("--data", "") is { Length: > 0 } data ? data : null,
    int.Parse(Option("--warmup", "20"), CultureInfo.InvariantCulture), int.Parse(Option("--epochs", "3"), CultureInfo.InvariantCulture));
