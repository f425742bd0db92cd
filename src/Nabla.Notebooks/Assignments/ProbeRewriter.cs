using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nabla.Notebooks;

/// <summary>
/// Turns a test cell into the probe the grader runs against a submission. Every check
/// <c>Expect.Close(name, found, expected[, tolerance])</c>, <c>Expect.Equal(name, found, expected)</c> or
/// <c>Expect.True(name, found, requirement)</c> becomes <c>Expect.Report(name, found)</c>: the submission's process
/// only computes what the student's code produces and reports it as plain data; the expected values and tolerances
/// never enter it. The grader takes them from a run of the instructor's own notebook and decides (see
/// <see cref="CheckJudge"/>).
/// </summary>
public static class ProbeRewriter
{
    /// <summary>The class whose checks are rewritten.</summary>
    public const string CheckClass = "Expect";

    /// <summary>The checks that are rewritten; any other member of <see cref="CheckClass"/> in a test cell is refused.</summary>
    public static readonly IReadOnlySet<string> Checks = new HashSet<string>(StringComparer.Ordinal) { "Close", "Equal", "True" };

    private static readonly CSharpParseOptions Script = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);

    /// <summary>The check names of a test cell in order (string literals), and the cell rewritten as a probe.</summary>
    /// <exception cref="FormatException">A check's name is not a string literal, a name repeats, or the cell uses another member of Expect.</exception>
    public static (IReadOnlyList<string> Names, string Probe) Rewrite(string testSource)
    {
        ArgumentNullException.ThrowIfNull(testSource);
        var root = CSharpSyntaxTree.ParseText(testSource, Script).GetRoot();
        var names = new List<string>();
        var calls = new List<InvocationExpressionSyntax>();
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: CheckClass } } access)
                continue;
            string member = access.Name.Identifier.ValueText;
            int line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (!Checks.Contains(member))
                throw new FormatException($"line {line}: expected Expect.Close, Expect.Equal or Expect.True in a test cell, found Expect.{member}");
            var args = call.ArgumentList.Arguments;
            if (args.Count < 3 || args[0].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                throw new FormatException($"line {line}: expected Expect.{member}(\"name\", found, expected...) with a string-literal name, found {call}");
            string name = literal.Token.ValueText;
            if (names.Contains(name))
                throw new FormatException($"line {line}: expected a new check name, found \"{name}\" again");
            names.Add(name);
            calls.Add(call);
        }
        // Expect.X(name, found, expected, ...) -> Expect.Report(name, found), keeping the code's own spacing.
        var probe = root.ReplaceNodes(calls, (original, _) =>
        {
            var access = (MemberAccessExpressionSyntax)original.Expression;
            var args = original.ArgumentList.Arguments;
            return original
                .WithExpression(access.WithName(SyntaxFactory.IdentifierName("Report").WithTriviaFrom(access.Name)))
                .WithArgumentList(original.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(args.Take(2), args.GetSeparators().Take(1))));
        });
        return (names, probe.ToFullString());
    }
}
