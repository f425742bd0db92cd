namespace Nabla.Plots;

/// <summary>
/// Names the formatter source of a type, by the convention of .NET Interactive's formatting library: it looks
/// for an attribute CALLED TypeFormatterSourceAttribute (any namespace) and reads its formatter source type.
/// Both property names in use are provided (the formatting library on the package mirror reads
/// FormatterSourceType; Plotly.NET's own attribute uses TypeFormatterSourceType).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public Type FormatterSourceType => formatterSourceType;

    /// <summary>The same, under the other name.</summary>
    public Type TypeFormatterSourceType => formatterSourceType;

    /// <summary>The MIME types to show the object as, preferred first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>Creates the formatters of <see cref="HtmlDrawing"/> (called by the formatting library through reflection).</summary>
internal sealed class HtmlDrawingFormatterSource
{
    /// <summary>A text/html formatter (the picture) and a text/plain one (a one-line description).</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
        [new HtmlDrawingFormatter("text/html"), new HtmlDrawingFormatter("text/plain")];
}

/// <summary>A formatter by convention: a MimeType and a Format(object, TextWriter) that returns true when it wrote.</summary>
internal sealed class HtmlDrawingFormatter(string mimeType)
{
    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType => mimeType;

    /// <summary>Writes the drawing as HTML, or as "HtmlDrawing (W x H px)" for text/plain.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not HtmlDrawing drawing)
        {
            return false;
        }

        writer.Write(mimeType == "text/html" ? drawing.ToHtml() : FormattableString.Invariant($"HtmlDrawing ({drawing.Width:F0} x {drawing.Height:F0} px)"));
        return true;
    }
}
