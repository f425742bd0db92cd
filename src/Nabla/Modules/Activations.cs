namespace Nabla;

// Activation modules: thin wrappers so a nonlinearity can sit in a Sequential. Each one's formula and
// derivative live beside the Tensor method it calls (Tensor.Activations.cs). Notebook 04 compares them.

/// <summary>ReLU max(0, x) as a layer. Shape-preserving (N, D) -> (N, D). Notebook 04.</summary>
/// <remarks>relu'(x) = 1 for x &gt; 0, else 0 (units stuck below 0 stop learning: "dying ReLU").</remarks>
public sealed class Relu : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Relu();
}

/// <summary>tanh as a layer: outputs in (-1, 1), zero-centred. Notebook 04.</summary>
/// <remarks>tanh'(x) = 1 - tanh(x)^2, at most 1.</remarks>
public sealed class Tanh : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Tanh();
}

/// <summary>The logistic sigmoid as a layer: outputs in (0, 1). Notebook 04.</summary>
/// <remarks>sigma'(x) = sigma(x)(1 - sigma(x)), at most 1/4: deep sigmoid stacks shrink gradients.</remarks>
public sealed class Sigmoid : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Sigmoid();
}

/// <summary>Leaky ReLU as a layer: x for x &gt; 0, slope * x otherwise. Notebook 04.</summary>
/// <remarks>The derivative is 1 or slope, never 0, so no unit dies.</remarks>
/// <param name="slope">The slope for negative inputs (PyTorch's default 0.01).</param>
public sealed class LeakyRelu(double slope = 0.01) : Module
{
    /// <summary>The slope for negative inputs.</summary>
    public double Slope { get; } = slope;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).LeakyRelu(Slope);

    /// <summary>"LeakyRelu(slope=...)".</summary>
    public override string ToString() => FormattableString.Invariant($"LeakyRelu(slope={Slope})");
}

/// <summary>ELU as a layer: x for x &gt; 0, alpha (e^x - 1) otherwise. Notebook 04.</summary>
/// <remarks>The derivative is 1 for x &gt; 0 and alpha e^x otherwise: smooth, outputs closer to zero mean.</remarks>
/// <param name="alpha">The negative saturation value (PyTorch's default 1).</param>
public sealed class Elu(double alpha = 1.0) : Module
{
    /// <summary>The negative saturation value: ELU tends to -alpha as x -> -infinity.</summary>
    public double Alpha { get; } = alpha;

    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Elu(Alpha);

    /// <summary>"Elu(alpha=...)".</summary>
    public override string ToString() => FormattableString.Invariant($"Elu(alpha={Alpha})");
}

/// <summary>GELU x Phi(x) as a layer (Phi the standard normal CDF). Notebook 04.</summary>
/// <remarks>gelu'(x) = Phi(x) + x phi(x).</remarks>
public sealed class Gelu : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Gelu();
}

/// <summary>SiLU (swish) x sigma(x) as a layer. Notebook 04.</summary>
/// <remarks>silu'(x) = sigma(x) (1 + x (1 - sigma(x))), obtained by composing product and sigmoid.</remarks>
public sealed class Silu : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Silu();
}

/// <summary>Softmax of each row as a layer: (N, K) logits -> (N, K) probabilities. Notebook 02.</summary>
/// <remarks>
/// Use it to read probabilities; for training, feed the raw logits to the cross-entropy loss, which
/// applies log-softmax itself in a numerically stable way.
/// </remarks>
public sealed class Softmax : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).Softmax();
}

/// <summary>Log-softmax of each row as a layer: (N, K) -> (N, K) log-probabilities. Notebook 02.</summary>
/// <remarks>u_k - ln sum_j e^(u_j), computed with the row maximum subtracted first (log-sum-exp).</remarks>
public sealed class LogSoftmax : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x).LogSoftmax();
}

/// <summary>The identity: returns its input unchanged (a placeholder, or a "linear" activation). Notebook 01.</summary>
public sealed class Identity : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor x) => Input(x);
}
