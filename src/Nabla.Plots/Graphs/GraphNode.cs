namespace Nabla.Plots;

/// <summary>What a node of a graph drawing stands for.</summary>
internal enum NodeKind
{
    /// <summary>A leaf value: an input, a parameter or a constant.</summary>
    Leaf,

    /// <summary>A value computed by an operation.</summary>
    Computed,

    /// <summary>The operation that computed a value (drawn as an ellipse between its inputs and its result).</summary>
    Op,
}

/// <summary>A box or ellipse of a graph drawing: its text, size, column and centre (pixels).</summary>
internal sealed class GraphNode(NodeKind kind, Value value, int order, string[] lines, string tooltip)
{
    /// <summary>Leaf, computed value or operation.</summary>
    public NodeKind Kind => kind;

    /// <summary>The value drawn (for an op node: the value the op computed).</summary>
    public Value Value => value;

    /// <summary>Position of <see cref="Value"/> in the topological order: breaks ties deterministically.</summary>
    public int Order => order;

    /// <summary>The lines of text inside the node.</summary>
    public string[] Lines => lines;

    /// <summary>Shown on hover: the full-precision numbers.</summary>
    public string Tooltip => tooltip;

    /// <summary>The nodes with an arrow into this one (an op's operands; a computed value's op).</summary>
    public List<GraphNode> Inputs { get; } = [];

    /// <summary>Width and height in pixels.</summary>
    public double Width { get; set; }

    /// <inheritdoc cref="Width"/>
    public double Height { get; set; }

    /// <summary>Column, left to right: inputs on the left, the output on the right.</summary>
    public int Column { get; set; }

    /// <summary>Vertical position in rows (fractional while laying out).</summary>
    public double Slot { get; set; }

    /// <summary>Centre in pixels.</summary>
    public double X { get; set; }

    /// <inheritdoc cref="X"/>
    public double Y { get; set; }
}

/// <summary>An arrow from one node to another (left to right).</summary>
internal sealed record GraphEdge(GraphNode From, GraphNode To);
