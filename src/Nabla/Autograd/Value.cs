namespace Nabla;

/// <summary>
/// One number that remembers how it was computed: the scalar twin of <see cref="Tensor"/>, small enough
/// to follow by hand and to draw as a graph. Notebook 03 (backprop by the chain rule).
/// </summary>
/// <remarks>
/// Each operation records its inputs and a closure that adds (local derivative) x (upstream gradient)
/// into each input's <see cref="Grad"/>. <see cref="Backward"/> runs those closures from the output back
/// to the inputs: the chain rule, node by node.
/// </remarks>
public sealed partial class Value
{
    private readonly Value[] parents;
    private Action? backward;

    /// <summary>A leaf value (an input or a parameter).</summary>
    /// <param name="data">The number.</param>
    /// <param name="label">An optional name shown in graph drawings.</param>
    public Value(double data, string? label = null)
        : this(data, "", [])
    {
        Label = label;
    }

    private Value(double data, string op, Value[] parents)
    {
        Data = data;
        Op = op;
        this.parents = parents;
    }

    /// <summary>The number. Can be changed by hand in a learning loop.</summary>
    public double Data { get; set; }

    /// <summary>dOutput/dThis after <see cref="Backward"/> (accumulates until <see cref="ZeroGrad"/>).</summary>
    public double Grad { get; set; }

    /// <summary>The operation that produced this value ("" for a leaf).</summary>
    public string Op { get; }

    /// <summary>An optional name (for example "w1") shown in printouts and graph drawings.</summary>
    public string? Label { get; set; }

    /// <summary>The values this one was computed from.</summary>
    public IReadOnlyList<Value> Parents => parents;

    private static Value FromOp(double data, string op, Value[] parents, Action<Value> backward)
    {
        var result = new Value(data, op, parents);
        result.backward = () => backward(result);
        return result;
    }

    /// <summary>Sets <see cref="Grad"/> to 0.</summary>
    public void ZeroGrad() => Grad = 0;

    /// <summary>
    /// Fills <see cref="Grad"/> of every value this one depends on with dThis/dValue. Leaf gradients accumulate
    /// across calls; intermediate ones are recomputed.
    /// </summary>
    public void Backward()
    {
        var order = TopologicalOrder();
        foreach (var node in order)
        {
            if (node.parents.Length > 0)
            {
                node.Grad = 0;
            }
        }

        Grad += 1.0;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            order[i].backward?.Invoke();
        }
    }

    /// <summary>Every value this one depends on, inputs first, this one last.</summary>
    public IReadOnlyList<Value> TopologicalOrder()
    {
        var order = new List<Value>();
        var visited = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        Visit(this);
        return order;

        void Visit(Value v)
        {
            if (!visited.Add(v))
            {
                return;
            }

            foreach (var p in v.parents)
            {
                Visit(p);
            }

            order.Add(v);
        }
    }

    /// <summary>"Value(data=..., grad=...)" with the label if there is one.</summary>
    public override string ToString() =>
        $"Value({(Label is null ? "" : Label + ": ")}data={Data:G6}, grad={Grad:G6})";
}
