namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>
    /// Back-propagates from this 1x1 tensor (a loss): afterwards every tensor it depends on holds
    /// dThis/dTensor in its <see cref="Grad"/>.
    /// </summary>
    /// <remarks>
    /// Sets dL/dL = 1, then visits the graph in reverse topological order (each node after every
    /// node that uses it) and runs each node's backward rule. Gradients of leaves ACCUMULATE across
    /// calls, as in PyTorch: call <see cref="ZeroGrad"/> (or an optimizer's ZeroGrad) between steps.
    /// Intermediate results are reset on every call, so calling Backward twice adds the leaf gradients twice.
    /// </remarks>
    /// <exception cref="InvalidOperationException">This tensor is not 1x1, or was computed from constants only.</exception>
    public void Backward()
    {
        if (Rows != 1 || Columns != 1)
        {
            throw new InvalidOperationException(
                $"Backward() starts from a 1x1 tensor (a loss), got shape {Shape}. Reduce it first, e.g. with Sum() or Mean().");
        }

        if (!RequiresGrad)
        {
            throw new InvalidOperationException(
                "Backward(): this loss was computed from constants only (no tensor in it has RequiresGrad), so there is nothing to differentiate. " +
                "Make the tensors you want gradients of with requiresGrad: true (a Linear layer's W and b already are).");
        }

        var order = TopologicalOrder();
        foreach (var node in order)
        {
            if (!node.IsLeaf)
            {
                node.grad = null;           // an intermediate result's gradient starts from 0 on every call
            }
        }

        Grad[0, 0] += 1.0;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            order[i].backward?.Invoke();
        }
    }

    /// <summary>Sets <see cref="Grad"/> to zeros (before the next step's <see cref="Backward"/>: gradients accumulate).</summary>
    public void ZeroGrad() => grad?.Clear();

    /// <summary>Every tensor this one depends on, parents before children, this one last.</summary>
    public IReadOnlyList<Tensor> TopologicalOrder()
    {
        var order = new List<Tensor>();
        var visited = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Tensor Node, bool Expanded)>();
        stack.Push((this, false));
        while (stack.Count > 0) // iterative depth-first search: deep graphs must not overflow the call stack
        {
            var (node, expanded) = stack.Pop();
            if (expanded)
            {
                order.Add(node);
                continue;
            }

            if (!visited.Add(node))
            {
                continue;
            }

            stack.Push((node, true));
            foreach (var parent in node.parents)
            {
                if (!visited.Contains(parent))
                {
                    stack.Push((parent, false));
                }
            }
        }

        return order;
    }
}
