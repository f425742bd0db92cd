namespace Nabla.Notebooks;

/// <summary>What <see cref="BookRenderer.Render(IReadOnlyList{ValueTuple{string, Notebook}}, string, BookOptions?)"/> wrote.</summary>
/// <param name="IndexPath">Full path of the book's index.html.</param>
/// <param name="Lessons">The lessons in book order.</param>
/// <param name="Files">Full paths of every file written (pages and assets).</param>
/// <param name="TotalBytes">Total size of the files written, in bytes.</param>
public sealed record BookResult(string IndexPath, IReadOnlyList<BookLesson> Lessons, IReadOnlyList<string> Files, long TotalBytes)
{
    /// <summary>True when every lesson ran without a failing cell.</summary>
    public bool AllSucceeded => Lessons.All(l => l.Succeeded);
}
