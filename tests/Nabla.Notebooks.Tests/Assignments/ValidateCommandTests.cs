namespace Nabla.Notebooks.Tests;

public sealed class ValidateCommandTests
{
    /// <summary>Where Debian's dataset-fashion-mnist package puts the official files.</summary>
    public const string FashionMnistTestFiles = "/usr/share/datasets/fashion-mnist";

    public static TheoryData<string> KitAssignments =>
        [.. Directory.GetFiles(Path.Combine(TestRepo.Root, "notebooks", "assignments"), "*.ipynb").Order().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(KitAssignments))]
    public void Every_assignment_of_the_kit_validates(string file)
    {
        // Fashion-MNIST's test files from Debian's dataset-fashion-mnist (.ci/run installs it): the held-out images of
        // the classifier assignment; the others ignore the option.
        var (code, stdout, stderr) = NablaCli.Run("validate", Path.Combine(TestRepo.Root, "notebooks", "assignments", file), "--held-out", FashionMnistTestFiles);
        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(7, stdout.Split('\n').Count(l => l.StartsWith('✓')));
    }

    [Fact]
    public void A_leak_a_student_version_that_does_not_compile_and_a_free_point_are_each_reported()
    {
        using var folder = new TempFolder();
        var source = GradingAssignment.Source();
        var q1Tests = source.Cells.Single(c => c.Id == "q1-tests");
        q1Tests.Source = "// Expect.Close(\"q1 square of -4\", Square(-4), 16);\n" + q1Tests.Source;   // a hidden line made public
        source.Cells.Single(c => c.Id == "q2-solution").Source =
            "int Sum(int[] xs)\n{\n    return\n    // ### BEGIN SOLUTION\n    xs.Sum();\n    // ### END SOLUTION\n}";
        source.Cells.Add(AssignmentBuilder.Tests("q3-tests", 1, "Expect.True(\"q3 free\", true, \"always holds\");"));
        string path = Path.Combine(folder.Path, "broken.ipynb");
        source.Save(path, withOutputs: false);

        var (code, stdout, stderr) = NablaCli.Run("validate", path);

        Assert.Equal(2, code);
        Assert.Contains("✗ no solution or hidden-test line survives in the student version", stdout);
        Assert.Contains("cell 4 ('q1-tests'): line 4 of its hidden tests survives in the student version: `Expect.Close(\"q1 square of -4\", Square(-4), 16);`", stderr);
        Assert.Contains("✗ the student version compiles in every cell", stdout);
        Assert.Contains("✗ the student version scores 0 on every question", stdout);
        Assert.Contains("the student version already scores on: q3-tests (1)", stderr);
        Assert.Contains("✓ the solution scores full marks (6 of 6)", stdout);
    }

    [Fact]
    public void A_solution_that_fails_its_own_tests_is_reported_with_the_cell()
    {
        using var folder = new TempFolder();
        var source = GradingAssignment.Source();
        source.Cells.Single(c => c.Id == "q1-solution").Source =
            "double Square(double x)\n{\n    // ### BEGIN SOLUTION\n    return x * x + 1;\n    // ### END SOLUTION\n}";
        string path = Path.Combine(folder.Path, "wrong.ipynb");
        source.Save(path, withOutputs: false);

        var (code, stdout, stderr) = NablaCli.Run("validate", path);

        Assert.True(code == 2, stdout + stderr);
        Assert.True(stdout.Contains("✗ the instructor's notebook fails at cell 4: Nabla.ExpectationFailedException: q1 square of 3: expected 9, found 10", StringComparison.Ordinal), stdout);
    }

    [Fact]
    public void A_source_that_is_not_an_assignment_is_a_usage_error()
    {
        using var folder = new TempFolder();
        string path = folder.WriteNotebook("plain.ipynb", "var x = 1;");
        var (code, _, stderr) = NablaCli.Run("validate", path);
        Assert.Equal(1, code);
        Assert.Contains("expected at least one grade cell", stderr);
    }
}
