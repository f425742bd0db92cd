using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>The Gradescope zip, unpacked into a scratch folder laid out like Gradescope's /autograder and run there.</summary>
public sealed class GradescopeBundleTests
{
    [Fact]
    public void The_zip_holds_the_scripts_the_bundle_and_the_kit()
    {
        using var folder = new TempFolder();
        string zipPath = Release(folder);
        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("setup.sh", names);
        Assert.Contains("run_autograder", names);
        Assert.Contains("autograder/hw.ipynb", names);
        Assert.Contains("autograder/assignment.json", names);
        Assert.Contains("kit/cli/Nabla.Cli.dll", names);
        Assert.Equal(["kit/packages/nabla.0.9.0.nupkg", "kit/packages/nabla.interactive.0.9.0.nupkg", "kit/packages/nabla.plots.0.9.0.nupkg"],
            names.Where(n => n.StartsWith("kit/packages/", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(names, n => n.StartsWith("student/", StringComparison.Ordinal));
        foreach (string script in new[] { "setup.sh", "run_autograder" })
            Assert.Equal(Convert.ToInt32("100755", 8), (zip.GetEntry(script)!.ExternalAttributes >> 16) & 0xFFFF);
    }

    [Fact]
    public void Setup_sh_is_valid_bash()
    {
        using var folder = new TempFolder();
        string source = Unpack(Release(folder), Path.Combine(folder.Path, "autograder", "source"));
        var (code, output) = Bash(["-n", Path.Combine(source, "setup.sh")], null);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Run_autograder_grades_the_submission_into_results_json()
    {
        using var folder = new TempFolder();
        string root = Path.Combine(folder.Path, "autograder");
        string source = Unpack(Release(folder), Path.Combine(root, "source"));
        var student = Notebook.Load(Path.Combine(folder.Path, "release", "student", "hw.ipynb"));
        GradingAssignment.Answer(student, GradingAssignment.Q1Correct, null).Save(Path.Combine(root, "submission", "hw.ipynb"), withOutputs: false);

        var (code, output) = Bash([Path.Combine(source, "run_autograder")], root);

        Assert.True(code == 0, output);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")))!;
        Assert.Equal(2.0, (double)results["score"]!);
        Assert.Equal(5.0, (double)results["max_score"]!);
        Assert.Equal(["passed", "failed"], results["tests"]!.AsArray().Select(t => (string?)t!["status"]));
    }

    private static string Release(TempFolder folder)
    {
        string sourcePath = Path.Combine(folder.Path, "source", "hw.ipynb");
        GradingAssignment.Source().Save(sourcePath, withOutputs: false);
        var (code, _, stderr) = NablaCli.Run("assign", sourcePath, "--out", Path.Combine(folder.Path, "release"));
        Assert.True(code == 0, stderr);
        return Path.Combine(folder.Path, "release", GradescopeBundle.FileName);
    }

    private static string Unpack(string zip, string into)
    {
        ZipFile.ExtractToDirectory(zip, into);
        foreach (string script in new[] { "setup.sh", "run_autograder" })
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(Path.Combine(into, script), (UnixFileMode)Convert.ToInt32("755", 8));
        return into;
    }

    private static (int Code, string Output) Bash(string[] args, string? autograderRoot)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
            info.ArgumentList.Add(a);
        if (autograderRoot is not null)
            info.Environment["AUTOGRADER_ROOT"] = autograderRoot;
        using var process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
