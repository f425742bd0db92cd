using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nabla.Tests.Grading;

/// <summary>
/// Every instructor notebook under notebooks/assignments has the shape that nbgrader and `nabla assign/grade` rely on:
/// nbgrader schema-3 metadata on every cell (unique ids, points on grade cells only), balanced solution and hidden-test
/// regions in the right cells, solution regions that are function bodies only, and checks that are direct
/// <see cref="Expect"/> calls with unique literal names. A grade cell scored by held-out accuracy (metadata
/// "nabla": {"held_out": ...}) has no solution of its own and an ascending threshold table. Structure only: the
/// notebooks are executed in the real kernel elsewhere.
/// </summary>
public sealed partial class AssignmentNotebookTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "notebooks", "assignments");

    /// <summary>What each assignment must hold: its graded questions in order, their total points, and at least how many checks.</summary>
    private static readonly Dictionary<string, (string[] Questions, double Points, int MinChecks)> Expected = new(StringComparer.Ordinal)
    {
        ["01-losses-and-backprop.ipynb"] = (["q1", "q2", "q3", "q4"], 10, 12),
        ["02-optimizers.ipynb"] = (["q1", "q2", "q3", "q4"], 10, 30),
        ["03-fashion-classifier.ipynb"] = (["q1", "q2", "q3", "q4"], 10, 29),
    };

    private static readonly string[] NbgraderKeys = ["grade", "grade_id", "locked", "schema_version", "solution", "task"];

    private static readonly ConcurrentDictionary<string, Lazy<(JsonDocument Document, Cell[] Cells)>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The file name of every notebook listed in <see cref="Expected"/>.</summary>
    public static TheoryData<string> Notebooks => new(Expected.Keys);

    private sealed record Cell(string Type, string Id, JsonElement Metadata, JsonElement Nbgrader, string Source)
    {
        public bool Flag(string name) => Nbgrader.GetProperty(name).GetBoolean();

        public string GradeId => Nbgrader.GetProperty("grade_id").GetString()!;
    }

    private static string PathOf(string notebook) => Path.Combine(Folder, notebook);

    private static (JsonDocument Document, Cell[] Cells) Load(string notebook) => Loaded.GetOrAdd(notebook, name => new(() =>
    {
        var document = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
        var cells = document.RootElement.GetProperty("cells").EnumerateArray().Select(c => new Cell(
            c.GetProperty("cell_type").GetString()!,
            c.GetProperty("id").GetString()!,
            c.GetProperty("metadata"),
            c.GetProperty("metadata").GetProperty("nbgrader"),
            string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))).ToArray();
        return (document, cells);
    })).Value;

    [Fact]
    public void EveryNotebookInTheFolderHasItsExpectations()
    {
        var files = Directory.GetFiles(Folder, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void NotebookIsNbformat45WithTheCSharpKernel(string notebook)
    {
        var root = Load(notebook).Document.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", root.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        Assert.EndsWith("}\n", File.ReadAllText(PathOf(notebook)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void CodeCellsAreCSharpAndHaveNoOutputs(string notebook)
    {
        var document = Load(notebook).Document.RootElement.GetProperty("cells");
        foreach (var cell in document.EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            var id = cell.GetProperty("id").GetString();
            Assert.True(cell.GetProperty("outputs").GetArrayLength() == 0, $"cell {id} has outputs");
            Assert.True(cell.GetProperty("execution_count").ValueKind == JsonValueKind.Null, $"cell {id} has an execution count");
            var metadata = cell.GetProperty("metadata");
            Assert.Equal("csharp", metadata.GetProperty("dotnet_interactive").GetProperty("language").GetString());
            Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryCellHasSchema3NbgraderMetadataWithUniqueIds(string notebook)
    {
        var cells = Load(notebook).Cells;
        Assert.Equal(cells.Length, cells.Select(c => c.Id).Distinct().Count());
        Assert.Equal(cells.Length, cells.Select(c => c.GradeId).Distinct().Count());
        foreach (var cell in cells)
        {
            Assert.Matches("^[a-z0-9-]{1,64}$", cell.Id);
            var keys = cell.Nbgrader.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
            string[] expected = cell.Flag("grade") ? [.. NbgraderKeys, "points"] : NbgraderKeys;
            Assert.Equal(expected.Order(StringComparer.Ordinal), keys);
            Assert.Equal(3, cell.Nbgrader.GetProperty("schema_version").GetInt32());
            Assert.False(cell.Flag("task"), $"{cell.Id}: task cells are not used");
            Assert.False(cell.Flag("grade") && cell.Flag("solution"), $"{cell.Id}: a cell is either graded or a solution");
            Assert.True(cell.Flag("locked") != cell.Flag("solution"), $"{cell.Id}: solution cells are unlocked, all others locked");
            if (cell.Flag("grade") || cell.Flag("solution"))
            {
                Assert.Equal("code", cell.Type);
            }
        }

        Assert.Equal("intro", cells[0].GradeId);
        Assert.Equal("markdown", cells[0].Type);
        Assert.Equal("setup", cells[1].GradeId);
        Assert.StartsWith("#r \"nuget: Nabla.Interactive, 0.9.0\"", cells[1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void GradeCellsCarryPositivePointsAddingUpToTheTotalAndFollowTheirSolution(string notebook)
    {
        var cells = Load(notebook).Cells;
        var (questions, points, _) = Expected[notebook];
        var graded = cells.Where(c => c.Flag("grade")).ToArray();
        Assert.Equal(questions.Select(q => q + "-tests"), graded.Select(c => c.GradeId));
        Assert.All(graded, c => Assert.True(c.Nbgrader.GetProperty("points").GetDouble() > 0, $"{c.Id}: points must be > 0"));
        Assert.Equal(points, graded.Sum(c => c.Nbgrader.GetProperty("points").GetDouble()));
        var solutions = cells.Where(c => c.Flag("solution")).Select(c => c.GradeId).ToArray();
        var heldOut = graded.Where(c => HeldOut(c) is not null).Select(c => c.GradeId[..^"-tests".Length]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(questions.Where(q => !heldOut.Contains(q)).Select(q => q + "-solution"), solutions);   // a held-out question grades an earlier one's model
        foreach (var question in questions.Where(q => !heldOut.Contains(q)))
        {
            Assert.True(
                Array.FindIndex(cells, c => c.GradeId == question + "-solution") < Array.FindIndex(cells, c => c.GradeId == question + "-tests"),
                $"{question}: the solution cell comes before its tests");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void HeldOutCellsAreGradeCellsWithAscendingThresholdsUpToTheirPoints(string notebook)
    {
        foreach (var cell in Load(notebook).Cells)
        {
            if (HeldOut(cell) is not { } heldOut)
            {
                continue;
            }

            Assert.True(cell.Flag("grade"), $"{cell.Id}: only a grade cell is scored by held-out accuracy");
            Assert.Equal(["model_file", "thresholds"], heldOut.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            var modelFile = heldOut.GetProperty("model_file").GetString()!;
            Assert.Matches(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", modelFile);          // a file name in the notebook's folder
            Assert.Contains($"\"{modelFile}\"", string.Concat(Load(notebook).Cells.Select(c => c.Source)), StringComparison.Ordinal);
            var thresholds = heldOut.GetProperty("thresholds").EnumerateArray()
                .Select(t => (Accuracy: t.GetProperty("accuracy").GetDouble(), Points: t.GetProperty("points").GetDouble())).ToArray();
            Assert.NotEmpty(thresholds);
            Assert.All(thresholds, t => Assert.InRange(t.Accuracy, double.Epsilon, 1.0));
            for (var i = 1; i < thresholds.Length; i++)
            {
                Assert.True(thresholds[i].Accuracy > thresholds[i - 1].Accuracy && thresholds[i].Points > thresholds[i - 1].Points,
                    $"{cell.Id}: thresholds ascend in accuracy and points, found {thresholds[i - 1]} before {thresholds[i]}");
            }

            Assert.True(thresholds[0].Points > 0, $"{cell.Id}: every threshold earns points");
            Assert.Equal(cell.Nbgrader.GetProperty("points").GetDouble(), thresholds[^1].Points);   // the highest line earns the cell's points
        }
    }

    /// <summary>The cell's "nabla": {"held_out": ...} metadata (the grader scores the saved model's held-out accuracy), or null.</summary>
    private static JsonElement? HeldOut(Cell cell) =>
        cell.Metadata.TryGetProperty("nabla", out var nabla) && nabla.TryGetProperty("held_out", out var heldOut) ? heldOut : null;

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void SolutionRegionsAreBalancedFunctionBodiesInSolutionCellsOnly(string notebook)
    {
        var cells = Load(notebook).Cells;
        foreach (var cell in cells)
        {
            var regions = Regions(cell, "SOLUTION");
            if (!cell.Flag("solution"))
            {
                Assert.True(regions.Count == 0, $"{cell.Id}: only solution cells hold a solution region");
                continue;
            }

            Assert.True(regions.Count == 1, $"{cell.Id}: expected 1 solution region, found {regions.Count}");
            var lines = cell.Source.Split('\n');
            var (begin, end) = regions[0];
            Assert.True(begin > 0 && lines[begin - 1].Trim() == "{", $"{cell.Id}: the region starts right after the function's opening brace (the signature stays outside)");
            Assert.True(end + 1 < lines.Length && lines[end + 1].Trim() == "}", $"{cell.Id}: the region ends right before the function's closing brace");
            Assert.True(end - begin - 1 is >= 1 and <= 15, $"{cell.Id}: a solution is 1 to 15 lines, found {end - begin - 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void HiddenTestsFollowThePublicChecksInGradeCellsOnly(string notebook)
    {
        var cells = Load(notebook).Cells;
        foreach (var cell in cells)
        {
            var regions = Regions(cell, "HIDDEN TESTS");
            if (!cell.Flag("grade"))
            {
                Assert.True(regions.Count == 0, $"{cell.Id}: only grade cells hold hidden tests");
                continue;
            }

            Assert.True(regions.Count == 1, $"{cell.Id}: expected 1 hidden-test region, found {regions.Count}");
            var lines = cell.Source.Split('\n');
            var (begin, end) = regions[0];
            Assert.Contains(lines[..begin], l => l.StartsWith("Expect.", StringComparison.Ordinal));   // public checks first
            Assert.Contains(lines[begin..end], l => l.StartsWith("Expect.", StringComparison.Ordinal));
            Assert.True(lines[(end + 1)..].All(string.IsNullOrWhiteSpace), $"{cell.Id}: nothing follows the hidden tests");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryCheckIsADirectExpectStatementWithAUniqueLiteralName(string notebook)
    {
        var cells = Load(notebook).Cells;
        var names = new List<string>();
        foreach (var cell in cells.Where(c => c.Type == "code"))
        {
            var root = CSharpSyntaxTree.ParseText(cell.Source, new CSharpParseOptions(LanguageVersion.Preview, kind: SourceCodeKind.Script)).GetRoot();
            Assert.True(!root.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error),
                $"{cell.Id}: {string.Join("; ", root.GetDiagnostics())}");
            var expects = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
                .Where(m => m.Expression is IdentifierNameSyntax { Identifier.Text: "Expect" }).ToArray();
            if (!cell.Flag("grade"))
            {
                Assert.True(expects.Length == 0, $"{cell.Id}: checks belong in grade cells");
                continue;
            }

            Assert.NotEmpty(expects);
            foreach (var access in expects)
            {
                Assert.Contains(access.Name.Identifier.Text, new[] { "Close", "Equal", "True" });
                var call = Assert.IsType<InvocationExpressionSyntax>(access.Parent);
                Assert.IsType<ExpressionStatementSyntax>(call.Parent);
                var arguments = call.ArgumentList.Arguments;
                Assert.InRange(arguments.Count, 3, 4);
                var name = Assert.IsType<LiteralExpressionSyntax>(arguments[0].Expression);
                Assert.True(name.IsKind(SyntaxKind.StringLiteralExpression), $"{cell.Id}: {call} must name the check with a string literal");
                Assert.StartsWith(cell.GradeId[..2] + " ", name.Token.ValueText, StringComparison.Ordinal);   // "q1 ..." in q1-tests
                names.Add(name.Token.ValueText);
                Assert.False(
                    call.Ancestors().Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                        or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax),
                    $"{cell.Id}: {name.Token.ValueText} runs once, at the top level of the cell (not in a loop or a function)");
            }
        }

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var minChecks = Expected[notebook].MinChecks;
        Assert.True(names.Count >= minChecks, $"expected at least {minChecks} checks, found {names.Count}");
    }

    /// <summary>The line numbers of each "// ### BEGIN {kind}" and its "// ### END {kind}", failing on any imbalance.</summary>
    private static List<(int Begin, int End)> Regions(Cell cell, string kind)
    {
        var regions = new List<(int, int)>();
        int? open = null;
        var lines = cell.Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = Marker().Match(lines[i]);
            if (lines[i].Contains("### ", StringComparison.Ordinal))
            {
                Assert.True(marker.Success, $"{cell.Id} line {i}: a marker is a whole line '// ### BEGIN ...' or '// ### END ...', found '{lines[i]}'");
            }

            if (!marker.Success || marker.Groups[2].Value != kind)
            {
                continue;
            }

            if (marker.Groups[1].Value == "BEGIN")
            {
                Assert.True(open is null, $"{cell.Id} line {i}: BEGIN {kind} inside another");
                open = i;
            }
            else
            {
                Assert.True(open is not null, $"{cell.Id} line {i}: END {kind} without BEGIN");
                regions.Add((open!.Value, i));
                open = null;
            }
        }

        Assert.True(open is null, $"{cell.Id}: BEGIN {kind} without END");
        return regions;
    }

    [GeneratedRegex(@"^\s*// ### (BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*$")]
    private static partial Regex Marker();
}
