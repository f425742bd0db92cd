using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests;

/// <summary>Runs cells in an in-process session whose notebook folder is a fresh temp folder.</summary>
public abstract class SessionTestBase : IDisposable
{
    protected SessionTestBase(SessionOptions? options = null)
    {
        Temp = new TempFolder();
        Session = new NotebookSession(Temp.Path, options);
    }

    protected TempFolder Temp { get; }

    protected NotebookSession Session { get; }

    protected async Task<CellRunResult> Run(string code, int cellIndex = -1) =>
        await Session.RunCodeAsync(code, cellIndex);

    protected async Task<CellOutput> Single(string code)
    {
        var result = await Run(code);
        return Assert.Single(result.Outputs);
    }

    protected static string Html(CellOutput output) => Assert.Contains("text/html", (IDictionary<string, string>)output.Data);

    public void Dispose()
    {
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
