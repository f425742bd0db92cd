using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests;

/// <summary>A temporary folder, deleted on dispose, with helpers to put notebooks in it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nabla-tests-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static string TestNotebooks => System.IO.Path.Combine(AppContext.BaseDirectory, "TestNotebooks");

    /// <summary>Copies a file from TestNotebooks/ into this folder (same relative path) and returns its new path.</summary>
    public string Copy(string relative)
    {
        string target = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(System.IO.Path.Combine(TestNotebooks, relative), target, overwrite: true);
        return target;
    }

    /// <summary>Writes a C# notebook with one code cell per source.</summary>
    public string WriteNotebook(string name, params string[] codeCells)
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.AddRange(codeCells.Select(Cell.Code));
        string path = System.IO.Path.Combine(Path, name);
        notebook.Save(path, withOutputs: false);
        return path;
    }

    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A worker may still hold a file for a moment; the OS temp cleaner gets it.
        }
    }
}
