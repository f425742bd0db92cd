using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Nabla.Notebooks;

/// <summary>The directives the kernel handles itself: #r "nuget:", #!import.</summary>
public sealed partial class NotebookSession
{
    private readonly HashSet<string> _referencedPaths = new(StringComparer.Ordinal);

    private bool AddPackages(IReadOnlyList<PackageRequest> requests, OutputSink sink)
    {
        if (requests.Count == 0)
            return true;
        var installed = new List<string>();
        var references = new List<MetadataReference>();
        try
        {
            foreach (var request in requests)
            {
                var package = CarriedPackages.Find(request);
                foreach (var path in CarriedPackages.AssemblyPaths(package))
                {
                    if (_referencedPaths.Add(path))
                        references.Add(MetadataReference.CreateFromFile(path));
                }
                installed.Add($"{package.Name}, {(package.AnyVersion ? request.Version ?? "*" : package.Version)}");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or BadImageFormatException)
        {
            sink.Add(CellOutput.Error("Error", e.Message));
            return false;
        }
        _scriptOptions = _scriptOptions.AddReferences(references);
        var html = new StringBuilder("<div><div><strong>Installed Packages</strong><ul>");
        foreach (var item in installed)
            html.Append("<li><span>").Append(WebUtility.HtmlEncode(item)).Append("</span></li>");
        sink.Add(CellOutput.Display("text/html", html.Append("</ul></div></div>").ToString()));
        return true;
    }

    private async Task<bool> ImportAsync(string file, OutputSink sink, int count, IReadOnlyList<string> chain, CancellationToken ct)
    {
        string path = Path.GetFullPath(Path.Combine(Directory, file));
        if (chain.Contains(path, StringComparer.Ordinal))
        {
            sink.Add(CellOutput.Error("Error", $"#!import: {file} imports itself ({string.Join(" -> ", chain.Append(path).Select(Path.GetFileName))})."));
            return false;
        }
        if (!File.Exists(path))
        {
            sink.Add(CellOutput.Error("Error", $"#!import: expected a notebook or script at {path}, found no file."));
            return false;
        }
        IEnumerable<string> sources;
        try
        {
            sources = Path.GetExtension(path).Equals(".ipynb", StringComparison.OrdinalIgnoreCase)
                ? Notebook.Load(path).Cells.Where(c => c.IsCode && (c.Language is null || IsCSharp(c.Language))).Select(c => c.Source).ToList()
                : [File.ReadAllText(path)];
        }
        catch (NotebookFormatException e)
        {
            sink.Add(CellOutput.Error("Error", $"#!import: {e.Message}"));
            return false;
        }
        var nested = chain.Append(path).ToList();
        foreach (var source in sources)
        {
            await RunInSinkAsync(source, sink, count, nested, ct);
            if (sink.HasError)
                return false;
        }
        return true;
    }
}
