namespace Nabla.Notebooks.Tests;

public sealed class CodePolicyTests
{
    private static readonly string[] Setup = ["#r \"nuget: Nabla.Interactive, 0.9.0\"\nusing Nabla;\nusing MathNet.Numerics.LinearAlgebra;"];

    private static IReadOnlyList<string> Check(string solution) => CodePolicy.Check(solution, Setup, []);

    [Fact]
    public void Ordinary_answer_code_keeps_the_rules()
    {
        string answer = """
            using System.Text;
            record Point(double X, double Y);
            double Norm(double[] v)
            {
                var sb = new StringBuilder();
                var rng = new Random(3);
                var list = new List<double>(v.Select(x => x * x));
                Console.WriteLine($"{list.Count} values, first {rng.NextDouble():F2}");
                return Math.Sqrt(list.Sum());
            }
            """;
        Assert.Empty(Check(answer));
    }

    [Theory]
    [InlineData("Environment.Exit(1);", "line 1: System.Environment.Exit (ending the process) is not allowed")]
    [InlineData("var x = 1;\nvar t = System.Type.GetType(\"X\");", "line 2: System.Type.GetType (reflection) is not allowed")]
    [InlineData("using static System.Console;\nSetOut(null!);", "line 2: System.Console.SetOut (redirecting the console) is not allowed")]
    [InlineData("using IO = System.IO;\nvar y = 2;\nIO.File.Delete(\"x\");", "line 3: System.IO.File (file access) is not allowed")]
    [InlineData("var a = global::System.Activator.CreateInstance<object>();", "line 1: System.Activator (reflection) is not allowed")]
    [InlineData("var m = typeof(string).GetMethods();", "line 1: the namespace System.Reflection is not allowed")]
    public void A_forbidden_use_is_found_by_what_it_means_and_where(string code, string problem) =>
        Assert.Contains(Check(code), p => p.StartsWith(problem, StringComparison.Ordinal));

    [Fact]
    public void Earlier_cells_are_not_judged_and_their_names_bind()
    {
        string[] earlier = [.. Setup, "var secret = System.IO.File.Exists(\"x\");   // instructor code may use files"];
        Assert.Empty(CodePolicy.Check("Console.WriteLine(secret);", earlier, []));
    }

    [Fact]
    public void The_solutions_of_the_kit_s_assignments_keep_the_rules()
    {
        foreach (string path in Directory.GetFiles(Path.Combine(TestRepo.Root, "notebooks", "assignments"), "*.ipynb"))
        {
            var assignment = Assignment.Load(path);
            var earlier = new List<string>();
            for (int i = 0; i < assignment.Source.Cells.Count; i++)
            {
                var cell = assignment.Source.Cells[i];
                if (assignment.Roles[i].Role == GradingRole.Solution && cell.IsCode)
                    Assert.True(CodePolicy.Check(cell.Source, earlier, []) is { Count: 0 }, $"{path}: {assignment.Roles[i].GradeId}");
                if (cell.IsCode)
                    earlier.Add(cell.Source);
            }
        }
    }
}
