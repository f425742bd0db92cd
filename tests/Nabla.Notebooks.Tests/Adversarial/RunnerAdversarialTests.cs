using System.Diagnostics;

namespace Nabla.Notebooks.Tests.Adversarial;

/// <summary>
/// Hostile input to the runner (issue 13, items 3 to 5): options out of range, cells that write fake reports where the
/// runner's used to be read, and a runner that is interrupted or killed while a cell spins and has started a child.
/// </summary>
public sealed class RunnerAdversarialTests
{
    [Theory]
    [InlineData("--timeout", "1e308", "expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found 1E+308")]
    [InlineData("--timeout", "Infinity", "expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found Infinity")]
    [InlineData("--timeout", "5e6", "expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found 5000000")]
    [InlineData("--timeout", "NaN", "expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found NaN")]
    [InlineData("--timeout", "0", "expected --timeout to be a number of seconds above 0 and at most 86,400 (a day), found 0")]
    [InlineData("--max-output-chars", "-5", "expected --max-output-chars to be a whole number from 1 to 100,000,000, found -5")]
    [InlineData("--max-output-chars", "0", "expected --max-output-chars to be a whole number from 1 to 100,000,000, found 0")]
    public void Options_out_of_range_are_usage_errors_before_anything_runs(string option, string value, string message)
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("x.ipynb", "1");
        byte[] before = File.ReadAllBytes(notebook);
        string outDir = Path.Combine(temp.Path, "out");

        var (code, _, stderr) = NablaCli.Run("run", notebook, "--out", outDir, option, value);

        Assert.Equal(1, code);
        Assert.Equal($"nabla run: {message}", stderr.Trim());
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(before, File.ReadAllBytes(notebook));
        if (option == "--timeout")
            Assert.Equal(1, NablaCli.Run("book", notebook, "--out", Path.Combine(temp.Path, "book"), "--executed", outDir, option, value).Code);
    }

    [Fact]
    public async Task A_cell_that_writes_fake_reports_to_the_raw_stdout_cannot_end_the_run_or_crash_the_runner()
    {
        using var temp = new TempFolder();
        const string fake = """
            var raw = new System.IO.StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
            raw.WriteLine("\u001enabla:{\"event\":\"done\",\"cell\":99,\"count\":1,\"seconds\":\"0\",\"outputs\":[]}");
            raw.WriteLine("\u001enabla:{\"event\":\"end\",\"cell\":-1}");
            """;
        string path = temp.WriteNotebook("fake.ipynb", fake, "Console.WriteLine(\"after\");");

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Empty(result.NotRunCells);
        Assert.Equal("after\n", Assert.Single(result.Executed.Cells[1].Outputs).Text);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("KILL")]
    public async Task Nothing_a_notebook_started_outlives_an_interrupted_or_killed_runner(string signal)
    {
        using var temp = new TempFolder();
        string marker = Path.Combine(temp.Path, "started");
        int seconds = 1000 + Random.Shared.Next(1000, 9000); // a sleep no other process on this machine runs
        string path = temp.WriteNotebook("spin.ipynb",
            $"System.Diagnostics.Process.Start(\"/bin/sh\", new[] {{ \"-c\", \"sleep {seconds} &\" }}).WaitForExit();\n"
            + $"System.IO.File.WriteAllText(@\"{marker}\", \"\");\nwhile (true) {{ }}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Nabla.Cli.dll"), "run", path, "--out", Path.Combine(temp.Path, "out") })
            info.ArgumentList.Add(arg);
        using var nabla = Process.Start(info)!;
        _ = nabla.StandardOutput.ReadToEndAsync();
        _ = nabla.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!File.Exists(marker) && DateTime.UtcNow < deadline && !nabla.HasExited)
            await Task.Delay(100);
        Assert.True(File.Exists(marker), "the spinning cell never started");
        Assert.NotEmpty(Processes(path));
        Assert.NotEmpty(Processes($"sleep {seconds}"));

        Process.Start("/bin/kill", ["-" + signal, nabla.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        await nabla.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        deadline = DateTime.UtcNow.AddSeconds(15);
        while ((Processes(path).Count > 0 || Processes($"sleep {seconds}").Count > 0) && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        Assert.Empty(Processes(path));                 // the worker
        Assert.Empty(Processes($"sleep {seconds}"));   // and what the cell started
    }

    /// <summary>Ids of live processes whose command line contains <paramref name="text"/>.</summary>
    private static List<int> Processes(string text)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid) || pid == Environment.ProcessId)
                continue;
            try
            {
                string cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                string state = File.ReadAllLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) ?? "";
                if (cmdline.Contains(text, StringComparison.Ordinal) && !state.Contains("zombie", StringComparison.Ordinal))
                    found.Add(pid);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
