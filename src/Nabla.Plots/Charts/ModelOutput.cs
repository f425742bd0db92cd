namespace Nabla.Plots;

/// <summary>
/// What a one-column classifier returns, so <see cref="Plot.DecisionBoundary(Func{Tensor, Tensor}, double[,], int[], int, double, ModelOutput, IReadOnlyList{string}?, string?)"/>
/// knows where p(class 1) = 0.5 lies. With K columns the predicted class is the arg-max either way.
/// </summary>
public enum ModelOutput
{
    /// <summary>Probabilities when every output lies in [0, 1], logits otherwise.</summary>
    Auto,

    /// <summary>p(class 1 | x), after a sigmoid: the boundary is at 0.5.</summary>
    Probabilities,

    /// <summary>The logit u with p = sigmoid(u) (a network trained with BCE from logits): the boundary is at u = 0.</summary>
    Logits,
}
