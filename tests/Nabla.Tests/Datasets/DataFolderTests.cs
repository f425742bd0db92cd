namespace Nabla.Tests;

/// <summary>Locating data/: explicit folder, repository root, environment variable, and a clear error.</summary>
public sealed class DataFolderTests
{
    [Fact]
    public void ExplicitDataFolderOrRepositoryRootIsAccepted()
    {
        Assert.Equal(Path.GetFullPath(DataPaths.Data), DataFolder.Locate(DataPaths.Data));
        Assert.Equal(Path.Combine(Path.GetFullPath(RepositoryRoot.Path), "data"), DataFolder.Locate(RepositoryRoot.Path));
    }

    [Fact]
    public void FolderWithoutReadmeIsRejectedWithWhatWasExpected()
    {
        var empty = DataPaths.NewTempFolder();
        var error = Assert.Throws<DirectoryNotFoundException>(() => DataFolder.Locate(empty));
        Assert.Contains(empty, error.Message);
        Assert.Contains("expected the Nabla data folder (holding README.md)", error.Message);
    }

    [Fact]
    public void EnvironmentVariableIsUsedWhenNoPathIsGiven()
    {
        // Set to the real data folder, so tests running at the same time are not disturbed.
        var saved = Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, DataPaths.Data);
            Assert.Equal(Path.GetFullPath(DataPaths.Data), DataFolder.Locate());
            Assert.Equal(150, Datasets.Iris().Count);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, saved);
        }
    }
}
