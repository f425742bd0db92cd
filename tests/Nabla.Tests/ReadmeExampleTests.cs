using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Nabla.Tests;

/// <summary>
/// README's engine tour and its hand-written training loop, read from README.md itself and run as C# scripts
/// against the engine: the code a newcomer copies is the code that is tested, so the two cannot drift apart.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public async Task TheEngineTourLearnsXor()
    {
        var output = await RunAsync(Snippet("## A tour of the engine") + "\nreturn trainer.Evaluate(validation).Accuracy;");
        Assert.True((double)output.Result! >= 0.95, output.Printed);
        Assert.Contains("epoch 100: train loss", output.Printed, StringComparison.Ordinal);
        Assert.Contains("validation accuracy", output.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHandWrittenLoopTrainsTheTourModelFurther()
    {
        var output = await RunAsync(Snippet("## A tour of the engine") + "\n" + Snippet("### A training loop by hand"));
        var losses = EpochLoss().Matches(output.Printed).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(10, losses.Length);
        Assert.True(losses[^1] < 0.1, output.Printed);              // the tour's model, trained on: the loss is already low
        Assert.True(losses.All(double.IsFinite), output.Printed);
    }

    /// <summary>The first ```csharp block after <paramref name="heading"/> in README.md.</summary>
    private static string Snippet(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var at = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no heading '{heading}'");
        var block = CSharpBlock().Match(readme, at);
        Assert.True(block.Success, $"README.md has no ```csharp block after '{heading}'");
        return block.Groups[1].Value;
    }

    private static async Task<(object? Result, string Printed)> RunAsync(string code)
    {
        var console = Console.Out;
        var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            var options = ScriptOptions.Default.AddReferences(typeof(Tensor).Assembly, typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly)
                .AddImports("System", "System.Linq", "System.Collections.Generic");
            var result = await CSharpScript.EvaluateAsync(code, options);
            return (result, printed.ToString());
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"epoch \d+: mean loss (\S+)")]
    private static partial Regex EpochLoss();
}
