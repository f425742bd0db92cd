namespace Nabla.Plots;

/// <summary>
/// Drawings of computational graphs. Notebook 03 (backpropagation by the chain rule) draws a scalar expression
/// before and after <see cref="Value.Backward"/>, so every node's value and gradient can be checked by hand.
/// </summary>
public static class Graph
{
    /// <summary>
    /// Draws the graph that computed <paramref name="output"/>, inputs on the left and the output on the right:
    /// a rounded box per <see cref="Value"/> (label, data, grad; leaves green, computed values blue), an ellipse
    /// per operation ("+", "*", "tanh", ...), and arrows from operands to operation to result.
    /// </summary>
    /// <remarks>Deterministic: the same graph gives the same SVG, byte for byte. Numbers are shown with 4 significant digits; hover a node for all of them.</remarks>
    /// <param name="output">The value at the end of the computation (usually the loss).</param>
    /// <returns>The drawing: make it the last expression of a cell, or <c>display(...)</c> it.</returns>
    public static HtmlDrawing Draw(Value output)
    {
        Check.NotNull(output, nameof(Draw), nameof(output));
        var layout = GraphLayout.Of(output);
        return new HtmlDrawing(GraphSvg.Write(layout), layout.Width, layout.Height);
    }
}
