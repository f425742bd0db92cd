using System.CommandLine;
using System.Reflection;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// <c>nabla data fashion-mnist [--out DIR] [--base-url URL]</c>: downloads the full Fashion-MNIST
/// (60,000 + 10,000 images) with the engine's <c>FashionMnist.DownloadAsync</c>, which verifies every file.
/// </summary>
/// <remarks>
/// The CLI does not reference the engine at compile time: the same executable is the notebook worker,
/// and a second copy of Nabla.dll next to it would shadow the one notebooks load with <c>#r</c>. So this
/// command loads the Release engine from its stable path (artifacts/bin/Nabla/release/Nabla.dll, built
/// with the CLI) and calls the download by name.
/// </remarks>
public static class DataCommand
{
    /// <summary>Creates the <c>data</c> command with its <c>fashion-mnist</c> subcommand.</summary>
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Folder for the four .gz files (default: ~/.nabla/fashion-mnist)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Download from this address instead of the official one (a mirror)." };
        var fashion = new Command("fashion-mnist", "Download the full Fashion-MNIST and verify its SHA-256 checksums.") { output, baseUrl };
        fashion.SetAction((result, ct) =>
        {
            var io = result.InvocationConfiguration;
            return ExecuteAsync(result.GetValue(output), result.GetValue(baseUrl), io.Output, io.Error, ct);
        });
        return new Command("data", "Fetch datasets that are too large to ship with the kit.") { fashion };
    }

    /// <summary>Downloads into <paramref name="outDir"/>; returns 0 on success, 1 on any error (message on stderr).</summary>
    /// <param name="outDir">Target folder (default ~/.nabla/fashion-mnist).</param>
    /// <param name="baseUrl">A mirror's address, or null for the official one.</param>
    /// <param name="stdout">Progress and the files written.</param>
    /// <param name="stderr">Error messages.</param>
    /// <param name="ct">Cancels the download.</param>
    /// <param name="repositoryRoot">Where to look for the built engine (default: found from the current folder).</param>
    public static async Task<int> ExecuteAsync(
        string? outDir, string? baseUrl, TextWriter stdout, TextWriter stderr, CancellationToken ct, string? repositoryRoot = null)
    {
        var target = Path.GetFullPath(outDir ?? Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nabla", "fashion-mnist"));
        Uri? uri = null;
        if (baseUrl is not null && !Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out uri))
        {
            stderr.WriteLine($"nabla data: --base-url expects an absolute http(s) address, got '{baseUrl}'.");
            return ExitCodes.Usage;
        }

        if (FindDownload() is not { } download)
        {
            return ExitCodes.Usage;
        }

        try
        {
            stdout.WriteLine($"Downloading Fashion-MNIST into {target} ...");
            var task = (Task)download.Invoke(null, [target, uri, null, ct])!;
            await task.ConfigureAwait(false);
            var files = (System.Collections.IEnumerable)task.GetType().GetProperty("Result")!.GetValue(task)!;
            foreach (var file in files)
            {
                stdout.WriteLine($"  {file}");
            }

            stdout.WriteLine($"Done. Use it with FashionMnist.Load(\"{target}\") or set NABLA_FASHION_MNIST={target}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stderr.WriteLine($"nabla data: {(e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message)}");
            return ExitCodes.Usage;
        }

        MethodInfo? FindDownload()
        {
            var root = repositoryRoot ?? RepoRoot.Find();
            var engine = root is null ? null : Path.Combine(root, "artifacts", "bin", "Nabla", "release", "Nabla.dll");
            if (engine is null || !File.Exists(engine))
            {
                stderr.WriteLine($"nabla data: expected the engine at {engine ?? "artifacts/bin/Nabla/release/Nabla.dll (no Nabla.slnx found above this folder)"}, found nothing; build it with `dotnet build src/Nabla -c Release`.");
                return null;
            }

            var method = Assembly.LoadFrom(engine).GetType("Nabla.FashionMnist")?.GetMethod(
                "DownloadAsync", [typeof(string), typeof(Uri), typeof(HttpClient), typeof(CancellationToken)]);
            if (method is null)
            {
                stderr.WriteLine($"nabla data: expected FashionMnist.DownloadAsync(string, Uri?, HttpClient?, CancellationToken) in {engine}, found none; rebuild the engine.");
            }

            return method;
        }
    }
}
