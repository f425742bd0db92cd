using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nabla.Plots.Tests;

public sealed class GraphDrawTests
{
    /// <summary>micrograd's example: L = (a*b + c) * f, after backward.</summary>
    private static Value Example()
    {
        var a = new Value(2, "a");
        var b = new Value(-3, "b");
        var c = new Value(10, "c");
        var f = new Value(-2, "f");
        var e = a * b;
        e.Label = "e";
        var d = e + c;
        d.Label = "d";
        var loss = d * f;
        loss.Label = "L";
        loss.Backward();
        return loss;
    }

    private static int Count(string svg, string pattern) => Regex.Matches(svg, pattern).Count;

    [Fact]
    public void One_box_per_value_one_ellipse_per_op_and_every_edge()
    {
        var svg = Graph.Draw(Example()).Svg;

        Assert.Equal(7, Count(svg, "<g class=\"value"));
        Assert.Equal(4, Count(svg, "<g class=\"value leaf\""));
        Assert.Equal(3, Count(svg, "<g class=\"op\""));
        Assert.Equal(9, Count(svg, "<g class=\"edge\""));                  // 2 operands + 1 result per op
        Assert.Equal(3, Count(svg, "<ellipse"));
        Assert.Equal(7, Count(svg, "<rect"));
    }

    [Fact]
    public void Every_value_shows_its_label_data_and_grad()
    {
        var svg = Graph.Draw(Example()).Svg;

        foreach (var (label, data, grad) in new[] { ("a", "2", "6"), ("b", "-3", "-4"), ("c", "10", "-2"), ("e", "-6", "-2"), ("d", "4", "-2"), ("f", "-2", "4"), ("L", "-8", "1") })
        {
            Assert.Matches($">{label}</text><text [^>]*>data {data}</text><text [^>]*>grad {grad}</text>", svg);
        }

        Assert.Contains(">*</text>", svg);
        Assert.Contains(">+</text>", svg);
    }

    [Fact]
    public void Arrows_run_left_to_right_and_nodes_in_a_column_do_not_overlap()
    {
        var layout = GraphLayout.Of(Example());

        Assert.All(layout.Edges, e => Assert.True(e.From.X < e.To.X, $"{e.From.Lines[0]} -> {e.To.Lines[0]}"));
        foreach (var column in layout.Nodes.GroupBy(n => n.Column))
        {
            var ys = column.OrderBy(n => n.Y).ToList();
            for (var i = 1; i < ys.Count; i++)
            {
                Assert.True(ys[i].Y - ys[i - 1].Y >= (ys[i].Height + ys[i - 1].Height) / 2, "overlap");
            }
        }

        Assert.All(layout.Nodes, n => Assert.InRange(n.X + (n.Width / 2), 0, layout.Width));
        Assert.All(layout.Nodes, n => Assert.InRange(n.Y + (n.Height / 2), 0, layout.Height));
        Assert.Equal(layout.Nodes.Max(n => n.X), layout.Nodes.Single(n => n.Value.Label == "L" && n.Kind != NodeKind.Op).X);
    }

    [Fact]
    public void Output_is_deterministic_well_formed_and_escaped()
    {
        Assert.Equal(Graph.Draw(Example()).Svg, Graph.Draw(Example()).Svg);

        var x = new Value(0.5, "<x & y>");
        var y = (x * x).Tanh();                                           // x used twice: two arrows into "*"
        y.Backward();
        var svg = Graph.Draw(y).Svg;
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Contains("&lt;x &amp; y&gt;", svg);
        Assert.Equal(5, Count(svg, "<g class=\"edge\""));                  // x, x -> *, * -> x*x, x*x -> tanh, tanh -> y
        Assert.Equal(3, Count(svg, "<g class=\"value"));
    }

    [Fact]
    public void A_single_leaf_is_drawn_alone()
    {
        var svg = Graph.Draw(new Value(3)).Svg;
        Assert.Equal(1, Count(svg, "<g class=\"value leaf\""));
        Assert.Equal(0, Count(svg, "<g class=\"edge\""));
        Assert.Contains(">data 3</text>", svg);
    }

    [Fact]
    public void Notebooks_show_the_drawing_as_html()
    {
        var drawing = Graph.Draw(Example());

        Assert.Equal(drawing.ToHtml(), drawing.ToDisplayString("text/html"));
        Assert.StartsWith("HtmlDrawing (", drawing.ToDisplayString("text/plain"));
        Assert.Equal(drawing.ToHtml(), drawing.ToString());
        Assert.Contains(drawing.Svg, drawing.ToHtml());
    }
}
