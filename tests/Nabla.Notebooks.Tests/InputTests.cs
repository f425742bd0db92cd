using Nabla.Cli;

namespace Nabla.Notebooks.Tests;

public sealed class InputTests
{
    [Fact]
    public void A_folder_expands_to_its_notebooks_sorted_by_name()
    {
        using var temp = new TempFolder();
        temp.Write("b.ipynb", "{}");
        temp.Write("a.ipynb", "{}");
        temp.Write("notes.txt", "");
        var problems = new List<string>();
        var notebooks = NotebookInputs.Expand([temp.Path, Path.Combine(temp.Path, "missing.ipynb")], problems.Add);
        Assert.Equal(new[] { "a.ipynb", "b.ipynb" }, notebooks.Select(Path.GetFileName));
        Assert.Equal($"{Path.Combine(temp.Path, "missing.ipynb")}: expected a notebook file or a folder of notebooks, found nothing at this path", Assert.Single(problems));
    }

    [Fact]
    public void The_repository_root_is_found_by_walking_up_to_Nabla_slnx()
    {
        string deep = Path.Combine(TestRepo.Root, "tests", "Nabla.Notebooks.Tests", "TestNotebooks");
        Assert.Equal(TestRepo.Root, RepoRoot.Find(deep));
        Assert.True(File.Exists(Path.Combine(TestRepo.Root, "Nabla.slnx")));
        Assert.Null(RepoRoot.Find(Path.GetTempPath()));
    }
}
