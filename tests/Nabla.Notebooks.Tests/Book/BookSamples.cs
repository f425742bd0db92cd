using System.Reflection;
using Nabla.Notebooks;

namespace Nabla.Notebooks.Tests.Book;

/// <summary>Executed notebooks made in memory, so that rendering can be tested without running anything.</summary>
internal static class BookSamples
{
    /// <summary>The repository root, recorded at build time (works with any artifacts path).</summary>
    public static string RepositoryRoot =>
        typeof(BookSamples).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>A stand-in for plotly.js in unit tests: small, and recognisable if it were ever inlined.</summary>
    public const string FakePlotlyJs = "/* FAKE-PLOTLY-BUNDLE */ window.Plotly = {};";

    public static BookOptions Options => new(PlotlyJs: () => FakePlotlyJs);

    /// <summary>A lesson with a title, a goals list and the given cells after them.</summary>
    public static Notebook Lesson(string title, params Cell[] cells)
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(Cell.Markdown($"# {title}\n\nSome intro.\n\n## Goals\n\n- Learn *one* thing.\n- Learn `two` things."));
        notebook.Cells.AddRange(cells);
        return notebook;
    }

    /// <summary>An executed code cell with the given outputs.</summary>
    public static Cell Executed(string source, int count, params CellOutput[] outputs)
    {
        var cell = Cell.Code(source);
        cell.ExecutionCount = count;
        cell.Outputs.AddRange(outputs);
        return cell;
    }

    /// <summary>A chart output shaped like the runner's: a div and a script calling Plotly.newPlot.</summary>
    public static CellOutput FakeChart(string id) => CellOutput.Result(1, "text/html",
        $"<div id=\"{id}\" class=\"nabla-plotly\"></div>\n<script>Plotly.newPlot('{id}', [], {{}}, {{}});</script>");

    /// <summary>
    /// A real chart output: a cell that draws a line with the kit's charts, run on the real kernel with the lessons'
    /// setup line (so the kit's extension formats it, and the first one carries plotly.js).
    /// </summary>
    public static async Task<CellOutput> RealChartAsync(NotebookSession session, string name, double slope)
    {
        string setup = "#r \"nuget: Nabla.Interactive, 0.9.0\"";
        Assert.DoesNotContain((await session.RunCodeAsync(setup)).Outputs, o => o.IsError);
        string code = $"Nabla.Plots.Plot.Line(new double[] {{ 0, 1, 2, 3, 4 }}, new double[] {{ 0, {slope}, {2 * slope}, {3 * slope}, {4 * slope} }}, "
                      + $"title: \"{name}\")";
        var result = await session.RunCodeAsync(code);
        return Assert.Single(result.Outputs, o => OutputHtml.IsChart(o));
    }

    /// <summary>Renders into memory and returns the file with the given relative path.</summary>
    public static string Page(IReadOnlyList<BookFile> files, string relativePath) =>
        files.Single(f => f.RelativePath == relativePath).Content;

    /// <summary>The text between &lt;head&gt; and &lt;/head&gt;.</summary>
    public static string Head(string html)
    {
        int start = html.IndexOf("<head>", StringComparison.Ordinal) + "<head>".Length;
        return html[start..html.IndexOf("</head>", StringComparison.Ordinal)];
    }

    /// <summary>Occurrences of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static int Count(string text, string needle)
    {
        int count = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
