namespace Nabla.Notebooks;

/// <summary>Settings of the book.</summary>
/// <param name="Title">The book's title, shown on the index and in every page title.</param>
/// <param name="Introduction">Markdown shown on the index above the lesson list.</param>
/// <param name="PlotlyJs">Returns the plotly.js source to write once as <c>assets/plotly.min.js</c>; null uses the copy inside Plotly.NET.</param>
public sealed record BookOptions(
    string Title = "Nabla",
    string Introduction = BookOptions.DefaultIntroduction,
    Func<string>? PlotlyJs = null)
{
    /// <summary>The index's default introduction.</summary>
    public const string DefaultIntroduction =
        "A deep-learning teaching kit in C#: each lesson below is a notebook, executed and rendered here " +
        "with its outputs and charts. Open the `.ipynb` files in VS Code (Polyglot Notebooks) or JupyterLab " +
        "to run and change them.";
}
