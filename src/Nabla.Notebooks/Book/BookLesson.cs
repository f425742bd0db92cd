namespace Nabla.Notebooks;

/// <summary>One lesson of the book: an executed notebook and the page it becomes.</summary>
/// <param name="FileName">The notebook's file name, e.g. <c>00-getting-started.ipynb</c>.</param>
/// <param name="PageFile">The page's file name in the book, e.g. <c>00-getting-started.html</c>.</param>
/// <param name="Executed">The executed notebook (cells with their outputs).</param>
/// <param name="Summary">Title and goals, read from the first markdown cell.</param>
public sealed record BookLesson(string FileName, string PageFile, Notebook Executed, LessonSummary Summary)
{
    /// <summary>1-based numbers of the cells that produced an error output.</summary>
    public IReadOnlyList<int> FailedCells { get; } =
        [.. Executed.Cells.Select((c, i) => (c, i)).Where(x => x.c.Outputs.Any(o => o.IsError)).Select(x => x.i + 1)];

    /// <summary>Number of chart outputs (each draws with the page's plotly.js).</summary>
    public int ChartCount { get; } = Executed.Cells.Sum(c => c.Outputs.Count(OutputHtml.IsChart));

    /// <summary>Estimated study time, per sitting when the lesson marks a place to stop.</summary>
    public StudyTime Study { get; } = StudyTime.Of(Executed);

    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => FailedCells.Count == 0;

    /// <summary>Creates the lesson for <paramref name="fileName"/>: the page is named after the notebook.</summary>
    /// <exception cref="ArgumentException">The file name is empty or would collide with index.html.</exception>
    public static BookLesson Create(string fileName, Notebook executed)
    {
        ArgumentNullException.ThrowIfNull(executed);
        string name = Path.GetFileName(fileName ?? "");
        string stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0)
            throw new ArgumentException($"Expected a notebook file name such as 00-getting-started.ipynb, got \"{fileName}\".", nameof(fileName));
        if (string.Equals(stem, "index", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Expected a notebook name other than \"{name}\": its page would replace the book's index.html.", nameof(fileName));
        return new BookLesson(name, stem + ".html", executed, LessonSummary.From(executed, stem));
    }
}
