using System.Globalization;

namespace Nabla.Plots;

/// <summary>
/// Places the nodes of a <see cref="Value"/> graph: a column per step away from the inputs (value, op, value,
/// ...), leaves just left of the op that uses them, rows from the order in which the output reaches its inputs
/// (each computed value at the mean row of its inputs), then overlaps in a column pushed apart.
/// </summary>
internal sealed class GraphLayout
{
    private const double Margin = 16, ColumnGap = 36, RowGap = 18, CharWidth = 7.4, LineHeight = 16;

    private GraphLayout(List<GraphNode> nodes, List<GraphEdge> edges, double width, double height) =>
        (Nodes, Edges, Width, Height) = (nodes, edges, width, height);

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public double Width { get; }

    public double Height { get; }

    public static GraphLayout Of(Value output)
    {
        var order = output.TopologicalOrder();                               // inputs first, output last
        var valueNode = new Dictionary<Value, GraphNode>(ReferenceEqualityComparer.Instance);
        var depth = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var nextLeafSlot = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var v = order[i];
            var node = new GraphNode(v.Parents.Count == 0 ? NodeKind.Leaf : NodeKind.Computed, v, i, ValueLines(v), ValueTooltip(v));
            (valueNode[v], depth[v]) = (node, 0);
            nodes.Add(node);
            if (v.Parents.Count == 0)
            {
                node.Slot = nextLeafSlot++;                                  // leaves in the order the output reaches them
                continue;
            }

            depth[v] = v.Parents.Max(p => depth[p]) + 1;
            node.Column = 2 * depth[v];
            var op = new GraphNode(NodeKind.Op, v, i, [v.Op], $"op {v.Op}") { Column = node.Column - 1 };
            nodes.Add(op);
            foreach (var p in v.Parents)
            {
                op.Inputs.Add(valueNode[p]);
                edges.Add(new GraphEdge(valueNode[p], op));
            }

            node.Inputs.Add(op);
            edges.Add(new GraphEdge(op, node));
        }

        foreach (var leaf in nodes.Where(n => n.Kind == NodeKind.Leaf))
        {
            var consumers = edges.Where(e => e.From == leaf).Select(e => e.To.Column).ToList();
            leaf.Column = consumers.Count == 0 ? 0 : consumers.Min() - 1;      // just before its first use
        }

        Size(nodes);
        var (width, height) = Place(nodes);
        return new GraphLayout(nodes, edges, width, height);
    }

    private static string[] ValueLines(Value v)
    {
        var numbers = new[] { $"data {Number(v.Data)}", $"grad {Number(v.Grad)}" };
        return string.IsNullOrEmpty(v.Label) ? numbers : [v.Label, .. numbers];
    }

    private static string ValueTooltip(Value v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Label ?? "value"}: data = {v.Data:R}, grad = {v.Grad:R}");

    /// <summary>4 significant digits, invariant culture, no "-0".</summary>
    internal static string Number(double x) => (x == 0 ? 0.0 : x).ToString("G4", CultureInfo.InvariantCulture);

    private static void Size(List<GraphNode> nodes)
    {
        foreach (var n in nodes)
        {
            var chars = n.Lines.Max(l => l.Length);
            (n.Width, n.Height) = n.Kind == NodeKind.Op
                ? (Math.Max(40, (chars * CharWidth) + 22), 34)
                : (Math.Max(96, (chars * CharWidth) + 18), (n.Lines.Length * LineHeight) + 12);
        }
    }

    /// <summary>
    /// Sweeps the columns left to right: an op sits at the mean row of its operands, a computed value beside its
    /// op, a leaf keeps its row; then overlapping nodes are pushed down and rows and columns become pixels.
    /// </summary>
    private static (double Width, double Height) Place(List<GraphNode> nodes)
    {
        var columns = nodes.GroupBy(n => n.Column).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var rowHeight = nodes.Max(n => n.Height) + RowGap;
        var x = Margin;
        foreach (var unsorted in columns)
        {
            foreach (var n in unsorted.Where(n => n.Inputs.Count > 0))
            {
                n.Slot = n.Inputs.Average(i => i.Slot);
            }

            var column = unsorted.OrderBy(n => n.Slot).ThenBy(n => n.Order).ThenBy(n => n.Kind).ToList();
            var columnWidth = column.Max(n => n.Width);
            for (var i = 0; i < column.Count; i++)
            {
                if (i > 0 && column[i].Slot < column[i - 1].Slot + 1)
                {
                    column[i].Slot = column[i - 1].Slot + 1;
                }

                (column[i].X, column[i].Y) = (x + (columnWidth / 2), Margin + (rowHeight * (column[i].Slot + 0.5)));
            }

            x += columnWidth + ColumnGap;
        }

        var rows = nodes.Max(n => n.Slot) + 1;
        return (x - ColumnGap + Margin, (2 * Margin) + (rowHeight * rows));
    }
}
