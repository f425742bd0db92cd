using System.CommandLine;
using Nabla.Notebooks;

namespace Nabla.Cli;

/// <summary>
/// <c>nabla assign SOURCE.ipynb --out DIR</c>: makes an assignment's release from its instructor notebook:
/// <c>DIR/student/&lt;name&gt;.ipynb</c> to hand out, <c>DIR/autograder/</c> for the grader only, and
/// <c>DIR/gradescope-autograder.zip</c> to upload to Gradescope as the assignment's autograder.
/// </summary>
public static class AssignCommand
{
    /// <summary>Creates the <c>assign</c> command.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The instructor notebook (solutions and tests, nbgrader metadata)." };
        var output = new Option<string>("--out") { Description = "Folder for student/ and autograder/.", Required = true };
        var heldOut = HeldOutOption();
        var command = new Command("assign", "Make the student notebook and the autograder bundle of an assignment.") { source, output, heldOut };
        command.SetAction(result =>
        {
            var io = result.InvocationConfiguration;
            return Execute(result.GetRequiredValue(source), result.GetRequiredValue(output), result.GetValue(heldOut), io.Output, io.Error);
        });
        return command;
    }

    /// <summary>The <c>--held-out FOLDER</c> option of <c>assign</c> and <c>validate</c>.</summary>
    public static Option<string?> HeldOutOption() => new("--held-out")
    {
        Description = "Fashion-MNIST's test files, for an assignment that scores a saved model on held-out images (Debian: /usr/share/datasets/fashion-mnist).",
    };

    /// <summary>Writes the release; returns 0, or 1 with the reason on <paramref name="stderr"/>.</summary>
    public static int Execute(string sourcePath, string outFolder, string? heldOut, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Assignment assignment;
        try
        {
            assignment = Assignment.Load(sourcePath);
        }
        catch (Exception e) when (e is NotebookFormatException or AssignmentFormatException)
        {
            stderr.WriteLine($"nabla assign: {e.Message}");
            return ExitCodes.Usage;
        }
        string root = Path.GetFullPath(outFolder);
        string studentPath = Path.Combine(root, "student", assignment.Name + ".ipynb");
        string bundle = Path.Combine(root, "autograder");
        string bundleCopy = Path.Combine(bundle, assignment.Name + ".ipynb");
        if (SamePath(assignment.SourcePath, studentPath) || SamePath(assignment.SourcePath, bundleCopy))
        {
            stderr.WriteLine($"nabla assign: --out expects a folder whose student/ and autograder/ do not hold the source, found {assignment.SourcePath} there");
            return ExitCodes.Usage;
        }
        var student = assignment.StudentVersion();
        if (student.Cells.FirstOrDefault(c => SourceRegions.HasMarkers(c.Source)) is { } leak)
        {
            stderr.WriteLine($"nabla assign: a region marker survived into the student version (cell '{leak.Id}'); nothing was written");
            return ExitCodes.Usage;
        }
        try
        {
            var files = AutograderBundle.Write(assignment, bundle, KitData.Locate(), heldOut).ToList();   // first: it refuses before writing
            student.Save(studentPath, withOutputs: false);
            string zip = Path.Combine(root, GradescopeBundle.FileName);
            GradescopeBundle.Write(bundle, AppContext.BaseDirectory, GradescopeBundle.KitPackages(Grader.NuGetRoot, Grader.KitVersion), zip);
            files.Add(zip);
            stdout.WriteLine($"{assignment.Name}: {assignment.Questions.Count()} graded questions, {assignment.MaxScore:0.###} points");
            stdout.WriteLine($"  student version (hand out):  {studentPath}");
            foreach (var file in files)
                stdout.WriteLine($"  autograder (keep private):   {file}");
            return ExitCodes.Success;
        }
        catch (GradingSetupException e)
        {
            stderr.WriteLine($"nabla assign: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine($"nabla assign: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"nabla assign: could not write under {root}: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
