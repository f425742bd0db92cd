namespace Nabla.Tests.Autograd;

/// <summary>The scalar autograd used by the chain-rule lesson: hand-derived gradients and finite differences.</summary>
public sealed class ValueTests
{
    [Fact]
    public void ChainRuleThroughANeuronMatchesHandDerivation()
    {
        // o = tanh(w1 x1 + w2 x2 + b); do/dw1 = (1 - o^2) x1
        var x1 = new Value(2.0, "x1");
        var x2 = new Value(0.0, "x2");
        var w1 = new Value(-3.0, "w1");
        var w2 = new Value(1.0, "w2");
        var b = new Value(6.8813735870195432, "b");
        var o = (x1 * w1 + x2 * w2 + b).Tanh();
        o.Backward();
        Assert.Equal(0.7071067811865476, o.Data, 12);
        Assert.Equal((1 - o.Data * o.Data) * 2.0, w1.Grad, 12);
        Assert.Equal(-1.5, x1.Grad, 10);
        Assert.Equal(0.0, w2.Grad, 12);
        Assert.Equal(0.5, x2.Grad, 10);
    }

    public static TheoryData<string> Ops => new() { "add", "sub", "mul", "div", "pow", "exp", "log", "tanh", "sigmoid", "relu" };

    [Theory]
    [MemberData(nameof(Ops))]
    public void EveryOpMatchesCentredFiniteDifferences(string op)
    {
        Func<double, double, Value> f = op switch
        {
            "add" => (a, b) => new Value(a) + new Value(b),
            "sub" => (a, b) => new Value(a) - new Value(b),
            "mul" => (a, b) => new Value(a) * new Value(b),
            "div" => (a, b) => new Value(a) / new Value(b),
            "pow" => (a, b) => new Value(a).Pow(3) * new Value(b),
            "exp" => (a, b) => new Value(a).Exp() * new Value(b),
            "log" => (a, b) => new Value(a).Log() * new Value(b),
            "tanh" => (a, b) => (new Value(a) * new Value(b)).Tanh(),
            "sigmoid" => (a, b) => (new Value(a) * new Value(b)).Sigmoid(),
            "relu" => (a, b) => (new Value(a) * new Value(b)).Relu(),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        double x = 0.7, y = 1.3, h = 1e-6;
        var vx = new Value(x);
        var vy = new Value(y);
        var graph = Rebuild(op, vx, vy);
        graph.Backward();
        var dx = (f(x + h, y).Data - f(x - h, y).Data) / (2 * h);
        var dy = (f(x, y + h).Data - f(x, y - h).Data) / (2 * h);
        Assert.True(GradCheck.RelativeError(vx.Grad, dx) < 1e-7, $"{op}: d/dx backprop {vx.Grad}, numeric {dx}");
        Assert.True(GradCheck.RelativeError(vy.Grad, dy) < 1e-7, $"{op}: d/dy backprop {vy.Grad}, numeric {dy}");
    }

    private static Value Rebuild(string op, Value a, Value b) => op switch
    {
        "add" => a + b,
        "sub" => a - b,
        "mul" => a * b,
        "div" => a / b,
        "pow" => a.Pow(3) * b,
        "exp" => a.Exp() * b,
        "log" => a.Log() * b,
        "tanh" => (a * b).Tanh(),
        "sigmoid" => (a * b).Sigmoid(),
        "relu" => (a * b).Relu(),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    [Fact]
    public void TopologicalOrderPutsInputsBeforeOutputs()
    {
        var a = new Value(1, "a");
        var b = a * 2 + a;
        var order = b.TopologicalOrder();
        Assert.Same(b, order[^1]);
        Assert.True(order.ToList().IndexOf(a) < order.Count - 1);
        Assert.Equal(order.Count, order.Distinct().Count());
    }
}
