using System.Numerics;
using MathNet.Numerics;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>The logistic sigmoid 1 / (1 + e^-x): squashes any number into (0, 1). Notebook 04.</summary>
    /// <remarks>sigma'(x) = sigma(x) (1 - sigma(x)), at most 1/4 (at x = 0).</remarks>
    public Tensor Sigmoid() => Map("sigmoid", Activation.Sigmoid, (_, y) => y * (1 - y));

    /// <summary>The hyperbolic tangent: squashes into (-1, 1), zero-centred. Notebook 04.</summary>
    /// <remarks>tanh'(x) = 1 - tanh(x)^2, at most 1 (at x = 0).</remarks>
    public Tensor Tanh() => Map("tanh", Math.Tanh, (_, y) => 1 - y * y);

    /// <summary>The rectified linear unit max(0, x). Notebook 04.</summary>
    /// <remarks>
    /// relu'(x) = 1 for x &gt; 0 and 0 for x &lt;= 0 (a unit stuck below zero learns nothing: it is "dead").
    /// NaN stays NaN, as in PyTorch: a NaN input must not turn into a harmless-looking 0.
    /// </remarks>
    public Tensor Relu() => Map<ReluRule>("relu");

    /// <summary>relu(x) = 0 where x &lt;= 0, else x; relu'(x) = 0 where x &lt;= 0, else 1.</summary>
    /// <remarks>
    /// <para>Both ask the one question "x &lt;= 0?", as PyTorch's relu and its backward (threshold_backward:
    /// result &lt;= 0 ? 0 : grad) do. Every comparison with NaN is false, so NaN is kept (relu(NaN) = NaN) and
    /// its upstream gradient passes through unchanged; -0 &lt;= 0 is true, so -0 becomes +0.</para>
    /// <para>The vector forms pick 0 or x (0 or 1) with a mask from that comparison instead of a branch: whether
    /// an entry is positive is a coin flip the CPU cannot predict, and a mispredicted branch per entry made ReLU
    /// slower than the layer's bias.</para>
    /// </remarks>
    private readonly struct ReluRule : IPointwiseRule
    {
        public static double Value(double x) => x <= 0 ? 0.0 : x;

        public static double Derivative(double x, double y) => x <= 0 ? 0.0 : 1.0;

        public static Vector<double> Value(Vector<double> x) =>
            Vector.ConditionalSelect(Vector.LessThanOrEqual(x, Vector<double>.Zero), Vector<double>.Zero, x);

        public static Vector<double> Derivative(Vector<double> x, Vector<double> y) =>
            Vector.ConditionalSelect(Vector.LessThanOrEqual(x, Vector<double>.Zero), Vector<double>.Zero, Vector<double>.One);
    }

    /// <summary>Leaky ReLU: x for x &gt; 0, slope * x otherwise (PyTorch's default slope is 0.01).</summary>
    /// <remarks>
    /// The derivative is 1 for x &gt; 0 and slope otherwise, so the unit never stops learning. NaN gives NaN
    /// (slope * NaN) with derivative slope, as in PyTorch.
    /// </remarks>
    public Tensor LeakyRelu(double slope = 0.01) =>
        Map("leaky_relu", x => x > 0 ? x : slope * x, (x, _) => x > 0 ? 1.0 : slope);

    /// <summary>ELU: x for x &gt; 0, alpha (e^x - 1) otherwise. Smooth, with outputs closer to zero mean.</summary>
    /// <remarks>The derivative is 1 for x &gt; 0 and alpha e^x (= y + alpha) otherwise; NaN gives NaN for both, as in PyTorch.</remarks>
    public Tensor Elu(double alpha = 1.0) =>
        Map("elu", x => x > 0 ? x : alpha * (Math.Exp(x) - 1), (x, y) => x > 0 ? 1.0 : y + alpha);

    /// <summary>GELU (exact form) x Phi(x), where Phi is the standard normal CDF.</summary>
    /// <remarks>gelu'(x) = Phi(x) + x phi(x), with phi the standard normal density.</remarks>
    public Tensor Gelu() => Map("gelu", x => x * Activation.NormalCdf(x),
        (x, _) => Activation.NormalCdf(x) + x * Math.Exp(-0.5 * x * x) / Constants.Sqrt2Pi);

    /// <summary>Softplus ln(1 + e^x), computed stably as max(x, 0) + ln(1 + e^-|x|).</summary>
    /// <remarks>softplus'(x) = sigma(x).</remarks>
    public Tensor Softplus() => Map("softplus", Activation.Softplus, (x, _) => Activation.Sigmoid(x));

    /// <summary>SiLU (swish) x sigma(x), composed from primitives.</summary>
    public Tensor Silu() => this * Sigmoid();

    /// <summary>
    /// Log-softmax of each row: u_k - ln sum_j e^(u_j), computed as (u - m) - ln sum_j e^(u_j - m)
    /// with m the row maximum, so no exponential can overflow. (N, K) -> (N, K). Composed from primitives.
    /// </summary>
    public Tensor LogSoftmax()
    {
        var shifted = this - RowMaxConstant();          // (N, K), largest entry of each row is 0
        var logSumExp = shifted.Exp().Sum(1).Log();     // (N, 1)
        return shifted - logSumExp;
    }

    /// <summary>Softmax of each row: e^(u_k) / sum_j e^(u_j), probabilities that sum to 1. Composed as exp(LogSoftmax).</summary>
    public Tensor Softmax() => LogSoftmax().Exp();
}
