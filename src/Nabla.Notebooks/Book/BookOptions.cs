namespace Nabla.Notebooks;

/// <summary>Settings of the book.</summary>
/// <param name="Title">The book's title, shown on the index and in every page title.</param>
/// <param name="Introduction">Markdown shown on the index above the lesson list.</param>
/// <param name="PlotlyJs">Returns the plotly.js source to write once as <c>assets/plotly.min.js</c>; null uses the copy inside Plotly.NET.</param>
/// <param name="Text">The words around the lessons, in the edition's language; English when null.</param>
/// <param name="OtherEdition">The same book in another language, linked from every page; null for none.</param>
/// <param name="AssetPrefix">From the pages to the folder holding <c>assets/</c>: "" for the main edition, "../" for one in a subfolder (which then writes no plotly.js of its own).</param>
/// <param name="GlossaryMarkdown">A glossary in markdown, written as <c>glossary.html</c> and linked from the index; null for none.</param>
public sealed record BookOptions(
    string Title = "Nabla",
    string Introduction = BookOptions.DefaultIntroduction,
    Func<string>? PlotlyJs = null,
    BookText? Text = null,
    BookEdition? OtherEdition = null,
    string AssetPrefix = "",
    string? GlossaryMarkdown = null)
{
    /// <summary>The words around the lessons (English unless <see cref="Text"/> says otherwise).</summary>
    public BookText Words => Text ?? BookText.English;

    /// <summary>The Korean edition's introduction.</summary>
    public const string KoreanIntroduction =
        "C#으로 배우는 딥러닝 교재입니다. 아래의 각 레슨은 노트북이며, 실행한 결과와 차트를 함께 보여 줍니다. " +
        "`.ipynb` 파일을 VS Code(Polyglot Notebooks)나 JupyterLab에서 열면 직접 실행하고 고쳐 볼 수 있습니다.";

    /// <summary>The index's default introduction.</summary>
    public const string DefaultIntroduction =
        "A deep-learning teaching kit in C#: each lesson below is a notebook, executed and rendered here " +
        "with its outputs and charts. Open the `.ipynb` files in VS Code (Polyglot Notebooks) or JupyterLab " +
        "to run and change them.";
}
