using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nabla.Notebooks;

/// <summary>
/// What a solution cell may not use, checked with Roslyn's semantic model before the cell runs: every name in the
/// cell is bound (with the cells before it as earlier script submissions, as the kernel compiles them) and judged by
/// the symbol it means, so an alias, <c>global::</c> or a <c>using static</c> does not hide it. A cell that breaks a
/// rule is not run; its question scores 0, with the rule named.
/// </summary>
public static partial class CodePolicy
{
    private static readonly string[] ForbiddenNamespaces =
    [
        "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Runtime.CompilerServices.Unsafe",
        "System.Net", "System.IO.Pipes", "System.IO.MemoryMappedFiles", "System.Linq.Expressions",
        "Microsoft.DotNet.Interactive", "Microsoft.CodeAnalysis", "Microsoft.Win32",
    ];

    private static readonly Dictionary<string, string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        ["System.Diagnostics.Process"] = "starting processes",
        ["System.Diagnostics.ProcessStartInfo"] = "starting processes",
        ["System.Activator"] = "reflection",
        ["System.AppContext"] = "the process's shared settings (the grader's channel lives there)",
        ["System.Runtime.CompilerServices.Unsafe"] = "unsafe code",
        ["System.IO.File"] = "file access",
        ["System.IO.FileInfo"] = "file access",
        ["System.IO.FileStream"] = "file access",
        ["System.IO.Directory"] = "file access",
        ["System.IO.DirectoryInfo"] = "file access",
        ["System.IO.StreamWriter"] = "file access",
        ["System.IO.RandomAccess"] = "file access",
        ["System.IO.FileSystemWatcher"] = "file access",
        ["Nabla.Expect"] = "the grader's checks (they belong in test cells)",
    };

    private static readonly Dictionary<string, string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = "ending the process",
        ["System.Environment.FailFast"] = "ending the process",
        ["System.Environment.SetEnvironmentVariable"] = "changing the environment",
        ["System.Console.SetOut"] = "redirecting the console",
        ["System.Console.SetError"] = "redirecting the console",
        ["System.Console.SetIn"] = "redirecting the console",
        ["System.Console.OpenStandardOutput"] = "writing past the kernel",
        ["System.Console.OpenStandardError"] = "writing past the kernel",
        ["System.Console.OpenStandardInput"] = "reading the process's input",
        ["System.Type.InvokeMember"] = "reflection",
        ["System.Type.GetTypeFromHandle"] = "reflection",
        ["System.Type.GetType"] = "reflection",
    };

    /// <summary>Kernel directives and magic commands: they load code or switch language, so a cell may not contain them.</summary>
    [GeneratedRegex(@"^\s*#(r|i|load|!)", RegexOptions.Multiline)]
    private static partial Regex Directive();

    /// <summary>
    /// The rules <paramref name="solution"/> breaks, each as "line N: rule (what was found)"; empty when it keeps them all.
    /// </summary>
    /// <param name="solution">The solution cell's source.</param>
    /// <param name="earlierCells">The code cells that run before it (setup and given code), compiled as earlier submissions.</param>
    /// <param name="references">Assemblies the cells may use besides the framework (the engine, MathNet).</param>
    public static IReadOnlyList<string> Check(string solution, IEnumerable<string> earlierCells, IEnumerable<string> references)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var problems = new List<string>();
        foreach (Match m in Directive().Matches(solution))
            problems.Add($"line {Line(solution, m.Index)}: a kernel directive or magic command (#{m.Groups[1].Value}) is not allowed in a solution");
        // One script in the kernel's order (the earlier cells, then the solution), with every cell's using directives
        // moved to the top (a script allows them only there; each cell is its own submission in the kernel). Only the
        // solution's own nodes are judged: its usings at the very start, its body at the end.
        var (solutionUsings, solutionBody) = SplitUsings(solution);
        var earlier = earlierCells.Select(SplitUsings).ToList();
        string head = solutionUsings + string.Concat(earlier.Select(c => c.Usings));
        string prefix = head + string.Concat(earlier.Select(c => c.Body + "\n;\n"));
        int bodyLineShift = prefix.Count(ch => ch == '\n') - solutionUsings.Count(ch => ch == '\n');
        var compilation = Compile(prefix + solutionBody, references);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        bool Own(SyntaxNode n) => n.SpanStart >= prefix.Length || n.Span.End <= solutionUsings.Length;
        int LineOf(SyntaxNode n) => n.GetLocation().GetLineSpan().StartLinePosition.Line + 1 - (n.SpanStart >= prefix.Length ? bodyLineShift : 0);
        foreach (var node in root.DescendantNodesAndSelf().Where(Own))
        {
            string? problem = node switch
            {
                IdentifierNameSyntax { Identifier.ValueText: "dynamic" } id when model.GetTypeInfo(id).Type is IDynamicTypeSymbol => "dynamic is not allowed",
                UnsafeStatementSyntax or PointerTypeSyntax or FixedStatementSyntax => "unsafe code is not allowed",
                MemberDeclarationSyntax m when m.Modifiers.Any(t => t.IsKind(SyntaxKind.UnsafeKeyword) || t.IsKind(SyntaxKind.ExternKeyword)) =>
                    "unsafe or extern (P/Invoke) members are not allowed",
                LocalFunctionStatementSyntax f when f.Modifiers.Any(t => t.IsKind(SyntaxKind.UnsafeKeyword) || t.IsKind(SyntaxKind.ExternKeyword)) =>
                    "unsafe or extern (P/Invoke) functions are not allowed",
                SimpleNameSyntax name => Judge(model.GetSymbolInfo(name), model.GetTypeInfo(name)) ?? Unresolved(name, model),
                _ => null,
            };
            if (problem is not null)
                problems.Add($"line {LineOf(node)}: {problem} (found `{Shorten(node.ToString())}`)");
        }
        return [.. problems.Distinct()];
    }

    /// <summary>A qualified name that binds to nothing (an assembly the policy does not load) is judged by its text.</summary>
    private static string? Unresolved(SimpleNameSyntax name, SemanticModel model)
    {
        if (model.GetSymbolInfo(name).Symbol is not null || name.Parent is not (QualifiedNameSyntax or MemberAccessExpressionSyntax))
            return null;
        string text = string.Concat(name.Parent.ToString().Where(c => !char.IsWhiteSpace(c)));
        if (text.StartsWith("global::", StringComparison.Ordinal))
            text = text["global::".Length..];
        return ForbiddenNamespaces.FirstOrDefault(f => text.StartsWith(f + ".", StringComparison.Ordinal)) is { } bad
            ? $"the namespace {bad} is not allowed"
            : null;
    }

    /// <summary>A cell's using directives (as written) and the rest of its code.</summary>
    private static (string Usings, string Body) SplitUsings(string cell)
    {
        string code = Directive().Replace(cell, "//");
        var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        if (unit.Usings.Count == 0)
            return ("", code);
        int end = unit.Usings.Last().FullSpan.End;
        string usings = code[..end];
        return (usings.EndsWith('\n') ? usings : usings + "\n", code[end..]);
    }

    private static string? Judge(SymbolInfo info, TypeInfo type)
    {
        var symbols = info.Symbol is { } s ? [s] : info.CandidateSymbols.ToList();
        foreach (var symbol in symbols)
        {
            if (Forbidden(symbol) is { } why)
                return why;
        }
        return type.Type is { } t && Forbidden(t) is { } typeWhy ? typeWhy : null;
    }

    private static string? Forbidden(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
            symbol = reduced;
        if (symbol.GetAttributes().Any(a => a.AttributeClass?.Name is "DllImportAttribute" or "LibraryImportAttribute"))
            return "P/Invoke is not allowed";
        if (symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)
        {
            string member = $"{symbol.ContainingType?.ToDisplayString()}.{symbol.Name}";
            if (ForbiddenMembers.TryGetValue(member, out string? memberWhy))
                return $"{member} ({memberWhy}) is not allowed";
            var resultType = symbol switch
            {
                IMethodSymbol m => m.ReturnType,
                IPropertySymbol p => p.Type,
                IFieldSymbol f => f.Type,
                _ => null,
            };
            if (resultType is not null && Forbidden(resultType) is { } resultWhy)
                return resultWhy;
            return symbol.ContainingType is { } containing ? Forbidden(containing) : null;
        }
        if (symbol is ITypeSymbol { TypeKind: TypeKind.Dynamic })
            return "dynamic is not allowed";
        if (symbol is IArrayTypeSymbol array)
            return Forbidden(array.ElementType);
        if (symbol is INamedTypeSymbol named)
        {
            string name = named.OriginalDefinition.ToDisplayString();
            int generic = name.IndexOf('<', StringComparison.Ordinal);
            if (generic > 0)
                name = name[..generic];
            if (ForbiddenTypes.TryGetValue(name, out string? typeWhy))
                return $"{name} ({typeWhy}) is not allowed";
            if (named.ContainingType is { } outer)
                return Forbidden(outer);
        }
        string? space = symbol is INamespaceSymbol ns ? ns.ToDisplayString() : symbol.ContainingNamespace?.ToDisplayString();
        return space is not null && ForbiddenNamespaces.FirstOrDefault(f => space == f || space.StartsWith(f + ".", StringComparison.Ordinal)) is { } bad
            ? $"the namespace {bad} is not allowed"
            : null;
    }

    private static CSharpCompilation Compile(string code, IEnumerable<string> references)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true,
            usings: ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"]);
        var metadata = Framework().Concat(references.Where(File.Exists)).Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        // The kernel handles directives before C# sees the code.
        return CSharpCompilation.CreateScriptCompilation("Solution", CSharpSyntaxTree.ParseText(code, ScriptOptions), metadata, options);
    }

    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);

    /// <summary>The framework, and the kernel's own assemblies (so that a use of the kernel's API binds and is seen).</summary>
    private static IEnumerable<string> Framework() =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll"
                || Path.GetFileName(p).StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));

    private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string Shorten(string code)
    {
        string oneLine = string.Join(' ', code.Split('\n', StringSplitOptions.TrimEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }
}
