using System.Globalization;
using System.Net;
using System.Text;

namespace Nabla.Plots;

/// <summary>
/// Writes a laid-out graph as one self-contained SVG: arrows first, then nodes on top. Styles are inline
/// attributes (no CSS, no ids), so several drawings can share a page and the output is byte-for-byte
/// deterministic.
/// </summary>
internal static class GraphSvg
{
    private const string Stroke = "#3b4a5a";

    public static string Write(GraphLayout g)
    {
        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{g.Width:F0}\" height=\"{g.Height:F0}\" viewBox=\"0 0 {g.Width:F0} {g.Height:F0}\" "))
           .Append("font-family=\"Menlo, Consolas, 'DejaVu Sans Mono', monospace\" font-size=\"12\" role=\"img\" ")
           // A wide graph shrinks with the page down to 80% of its size (still legible), then scrolls sideways.
           .Append(F($"style=\"width:100%;max-width:{g.Width:F0}px;min-width:{0.8 * g.Width:F0}px;height:auto\">\n"));
        foreach (var e in g.Edges)
        {
            Edge(svg, e);
        }

        foreach (var n in g.Nodes)
        {
            if (n.Kind == NodeKind.Op)
            {
                Op(svg, n);
            }
            else
            {
                ValueBox(svg, n);
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A straight line from the right side of one node to the left side of the next, with a triangular head.</summary>
    private static void Edge(StringBuilder svg, GraphEdge e)
    {
        var (x1, y1, x2, y2) = (e.From.X + (e.From.Width / 2), e.From.Y, e.To.X - (e.To.Width / 2), e.To.Y);
        var length = Math.Max(1e-9, Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1))));
        var (dx, dy) = ((x2 - x1) / length, (y2 - y1) / length);          // unit direction
        var (bx, by) = (x2 - (8 * dx), y2 - (8 * dy));                     // base of the head
        svg.Append("<g class=\"edge\">")
           .Append(F($"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{bx:F1}\" y2=\"{by:F1}\" stroke=\"{Stroke}\" stroke-width=\"1.2\"/>"))
           .Append(F($"<polygon points=\"{x2:F1},{y2:F1} {bx - (4 * dy):F1},{by + (4 * dx):F1} {bx + (4 * dy):F1},{by - (4 * dx):F1}\" fill=\"{Stroke}\"/>"))
           .Append("</g>\n");
    }

    private static void Op(StringBuilder svg, GraphNode n)
    {
        svg.Append("<g class=\"op\">")
           .Append("<title>").Append(Escape(n.Tooltip)).Append("</title>")
           .Append(F($"<ellipse cx=\"{n.X:F1}\" cy=\"{n.Y:F1}\" rx=\"{n.Width / 2:F1}\" ry=\"{n.Height / 2:F1}\" fill=\"#fff4d6\" stroke=\"#b8860b\" stroke-width=\"1.2\"/>"))
           .Append(F($"<text x=\"{n.X:F1}\" y=\"{n.Y + 4:F1}\" text-anchor=\"middle\" font-weight=\"bold\">")).Append(Escape(n.Lines[0])).Append("</text>")
           .Append("</g>\n");
    }

    /// <summary>A rounded box: the label in bold (if any), then "data ..." and "grad ...". Leaves are green, computed values blue.</summary>
    private static void ValueBox(StringBuilder svg, GraphNode n)
    {
        var (fill, kind) = n.Kind == NodeKind.Leaf ? ("#e8f5e9", "value leaf") : ("#e3f2fd", "value");
        var (left, top) = (n.X - (n.Width / 2), n.Y - (n.Height / 2));
        svg.Append(F($"<g class=\"{kind}\">"))
           .Append("<title>").Append(Escape(n.Tooltip)).Append("</title>")
           .Append(F($"<rect x=\"{left:F1}\" y=\"{top:F1}\" width=\"{n.Width:F1}\" height=\"{n.Height:F1}\" rx=\"6\" fill=\"{fill}\" stroke=\"{Stroke}\" stroke-width=\"1.2\"/>"));
        for (var i = 0; i < n.Lines.Length; i++)
        {
            var bold = i == 0 && n.Lines.Length == 3 ? " font-weight=\"bold\"" : "";
            svg.Append(F($"<text x=\"{n.X:F1}\" y=\"{top + 18 + (16 * i):F1}\" text-anchor=\"middle\"{bold}>")).Append(Escape(n.Lines[i])).Append("</text>");
        }

        svg.Append("</g>\n");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
