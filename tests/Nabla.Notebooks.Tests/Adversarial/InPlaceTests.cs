namespace Nabla.Notebooks.Tests.Adversarial;

/// <summary>
/// `nabla run --in-place` writes outputs into the notebook itself (issue 13, item 2): never into a file its owner made
/// read-only, never over an edit saved while the notebook ran, keeping the file's permissions and symbolic links.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes and links as on Linux and macOS
public sealed class InPlaceTests
{
    private static bool HasOutputs(string path) => Notebook.Load(path).Cells.Any(c => c.Outputs.Count > 0);

    [Fact]
    public void A_read_only_notebook_is_refused_before_anything_runs()
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("x.ipynb", "1 + 1");
        File.SetUnixFileMode(notebook, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        byte[] before = File.ReadAllBytes(notebook);

        var (code, _, stderr) = NablaCli.Run("run", notebook, "--in-place");

        Assert.Equal(1, code);
        Assert.Contains($"nabla run: {notebook}: expected a notebook you can write to for --in-place, found a read-only file (mode r--r--r--)", stderr);
        Assert.DoesNotContain("[1/1]", stderr); // nothing ran
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(notebook));
    }

    [Fact]
    public void A_private_notebook_stays_private()
    {
        using var temp = new TempFolder();
        string notebook = temp.WriteNotebook("x.ipynb", "1 + 1");
        File.SetUnixFileMode(notebook, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (code, _, _) = NablaCli.Run("run", notebook, "--in-place");

        Assert.Equal(0, code);
        Assert.True(HasOutputs(notebook));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(notebook)); // not 0644
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_linked_notebook_stays_a_link_and_its_target_gets_the_outputs()
    {
        using var temp = new TempFolder();
        string target = temp.WriteNotebook("real.ipynb", "1 + 1");
        string link = Path.Combine(temp.Path, "link.ipynb");
        File.CreateSymbolicLink(link, target);

        var (code, _, _) = NablaCli.Run("run", link, "--in-place");

        Assert.Equal(0, code);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.True(HasOutputs(target));
    }

    [Fact]
    public void An_edit_saved_while_the_notebook_runs_is_kept_and_no_outputs_are_written()
    {
        using var temp = new TempFolder();
        // The cell plays the editor: it saves the notebook (one more trailing newline) while the run is under way.
        string notebook = temp.WriteNotebook("x.ipynb", "System.IO.File.AppendAllText(\"x.ipynb\", \"\\n\");");
        byte[] edited = [.. File.ReadAllBytes(notebook), (byte)'\n'];

        var (code, _, stderr) = NablaCli.Run("run", notebook, "--in-place");

        Assert.Equal(1, code);
        Assert.Contains($"{notebook}: expected the notebook to stay as it was while it ran, found it changed (saved from an editor?); its outputs were not written", stderr);
        Assert.Equal(edited, File.ReadAllBytes(notebook));
        Assert.False(HasOutputs(notebook));
    }
}
