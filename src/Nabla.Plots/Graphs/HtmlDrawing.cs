namespace Nabla.Plots;

/// <summary>
/// A picture as HTML (an inline SVG), such as the computational graph from <see cref="Graph.Draw"/>.
/// Make it the last expression of a notebook cell, or pass it to <c>display(...)</c>, and the notebook shows
/// the picture; <c>display(HTML(drawing.ToHtml()))</c> works too.
/// </summary>
/// <remarks>
/// .NET Interactive shows an object as text/html through the formatters it finds for its type. This type names
/// its formatter with a <c>TypeFormatterSource</c> attribute, the convention .NET Interactive's formatting
/// library discovers by name, so no reference to that library is needed. Without it, the notebook would show a
/// table of the object's properties; a plain string would be shown as text, not as a picture.
/// </remarks>
[TypeFormatterSource(typeof(HtmlDrawingFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class HtmlDrawing
{
    /// <summary>Wraps an SVG picture.</summary>
    /// <param name="svg">The &lt;svg&gt; element.</param>
    /// <param name="width">Its width in pixels.</param>
    /// <param name="height">Its height in pixels.</param>
    public HtmlDrawing(string svg, double width, double height)
    {
        Svg = Check.NotNull(svg, nameof(HtmlDrawing), nameof(svg));
        (Width, Height) = (width, height);
    }

    /// <summary>The &lt;svg&gt; element alone.</summary>
    public string Svg { get; }

    /// <summary>Width of the picture in pixels.</summary>
    public double Width { get; }

    /// <summary>Height of the picture in pixels.</summary>
    public double Height { get; }

    /// <summary>The HTML to show: the SVG inside a block that scrolls sideways when the picture is wider than the page.</summary>
    public string ToHtml() => $"<div class=\"nabla-drawing\" style=\"overflow-x:auto\">{Svg}</div>";

    /// <summary>The same as <see cref="ToHtml"/>.</summary>
    public override string ToString() => ToHtml();
}
