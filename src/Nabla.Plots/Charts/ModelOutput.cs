namespace Nabla.Plots;

/// <summary>
/// What a one- or two-column classifier returns, so <see cref="Plot.DecisionBoundary(Func{Tensor, Tensor}, double[,], int[], int, double, ModelOutput, IReadOnlyList{string}?, string?)"/>
/// knows where p(class 1) = 0.5 lies. With K &gt; 2 columns the predicted class is the arg-max either way.
/// </summary>
public enum ModelOutput
{
    /// <summary>Probabilities when every output lies in [0, 1], logits otherwise.</summary>
    Auto,

    /// <summary>p(class 1 | x), after a sigmoid: the boundary is at 0.5.</summary>
    Probabilities,

    /// <summary>
    /// Logits: one column u with p = sigmoid(u) (BCE from logits), or two columns (u₀, u₁) with p = softmax(u)₁
    /// (cross-entropy over two classes). The boundary is where p = 0.5.
    /// </summary>
    Logits,
}
