namespace Nabla;

public sealed partial class Value
{
    /// <summary>Sum. d(a+b)/da = d(a+b)/db = 1.</summary>
    public static Value operator +(Value a, Value b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return FromOp(a.Data + b.Data, "+", [a, b], r =>
        {
            a.Grad += r.Grad;
            b.Grad += r.Grad;
        });
    }

    /// <summary>Product. d(ab)/da = b, d(ab)/db = a.</summary>
    public static Value operator *(Value a, Value b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return FromOp(a.Data * b.Data, "*", [a, b], r =>
        {
            a.Grad += b.Data * r.Grad;
            b.Grad += a.Data * r.Grad;
        });
    }

    /// <summary>Power with a constant exponent. d(a^p)/da = p a^(p-1).</summary>
    public Value Pow(double p)
    {
        var a = this;
        return FromOp(Math.Pow(Data, p), $"^{p}", [a], r => a.Grad += p * Math.Pow(a.Data, p - 1) * r.Grad);
    }

    /// <summary>e^a. Its derivative is itself.</summary>
    public Value Exp()
    {
        var a = this;
        return FromOp(Math.Exp(Data), "exp", [a], r => a.Grad += r.Data * r.Grad);
    }

    /// <summary>ln a. d(ln a)/da = 1/a.</summary>
    public Value Log()
    {
        var a = this;
        return FromOp(Math.Log(Data), "log", [a], r => a.Grad += r.Grad / a.Data);
    }

    /// <summary>tanh a. d(tanh a)/da = 1 - tanh(a)^2.</summary>
    public Value Tanh()
    {
        var a = this;
        return FromOp(Math.Tanh(Data), "tanh", [a], r => a.Grad += (1 - r.Data * r.Data) * r.Grad);
    }

    /// <summary>sigma(a) = 1/(1+e^-a). sigma' = sigma (1 - sigma).</summary>
    public Value Sigmoid()
    {
        var a = this;
        return FromOp(Activation.Sigmoid(Data), "sigmoid", [a], r => a.Grad += r.Data * (1 - r.Data) * r.Grad);
    }

    /// <summary>max(0, a). Derivative 1 for a &gt; 0, else 0.</summary>
    /// <remarks>
    /// Both ask "a &lt;= 0?", as PyTorch's relu and its backward do; the answer is false for NaN, so NaN stays NaN
    /// and its gradient passes through (the same rule as <see cref="Tensor.Relu"/>).
    /// </remarks>
    public Value Relu()
    {
        var a = this;
        return FromOp(Data <= 0 ? 0 : Data, "relu", [a], r => a.Grad += a.Data <= 0 ? 0 : r.Grad);
    }

    // Compositions: no backward of their own.

    /// <summary>Negation, composed as a * (-1).</summary>
    public static Value operator -(Value a) => a * new Value(-1);

    /// <summary>Difference, composed as a + (-b).</summary>
    public static Value operator -(Value a, Value b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a + (-b);
    }

    /// <summary>Quotient, composed as a * b^-1.</summary>
    public static Value operator /(Value a, Value b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a * b.Pow(-1);
    }

    /// <summary>A plain number becomes a leaf value, so <c>2 * x + 1</c> works.</summary>
    public static implicit operator Value(double data) => new(data);
}
