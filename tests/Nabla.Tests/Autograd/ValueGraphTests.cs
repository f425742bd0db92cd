namespace Nabla.Tests.Autograd;

/// <summary>
/// What the chain-rule lesson prints and draws from a <see cref="Value"/> graph: operation names, labels, the text
/// of ToString, and Backward's rule that leaves accumulate while intermediate gradients are recomputed.
/// </summary>
public sealed class ValueGraphTests
{
    [Fact]
    public void EveryOperationRecordsItsNameAndALeafHasNone()
    {
        var a = new Value(2.0);
        var b = new Value(3.0);
        Assert.Equal("", a.Op);
        Assert.Equal("+", (a + b).Op);
        Assert.Equal("*", (a * b).Op);
        Assert.Equal("^3", a.Pow(3).Op);
        Assert.Equal("exp", a.Exp().Op);
        Assert.Equal("log", a.Log().Op);
        Assert.Equal("tanh", a.Tanh().Op);
        Assert.Equal("sigmoid", a.Sigmoid().Op);
        Assert.Equal("relu", a.Relu().Op);
    }

    [Fact]
    public void TheConstructorKeepsTheLabel()
    {
        Assert.Equal("w1", new Value(1.0, "w1").Label);
        Assert.Null(new Value(1.0).Label);
    }

    [Fact]
    public void ToStringShowsLabelDataAndGrad()
    {
        var w = new Value(2.5, "w");
        var y = w * new Value(4.0);
        y.Backward();                                   // dy/dw = 4
        Assert.Equal("Value(w: data=2.5, grad=4)", w.ToString());
        Assert.Equal("Value(data=10, grad=1)", y.ToString());
    }

    [Fact]
    public void NegationIsTimesMinusOneWithAConstantLeaf()
    {
        var a = new Value(3.0);
        var n = -a;
        Assert.Equal(-3.0, n.Data);
        Assert.Equal("*", n.Op);
        Assert.Same(a, n.Parents[0]);
        Assert.Equal(-1.0, n.Parents[1].Data);
        Assert.Equal("", n.Parents[1].Op);              // a leaf -1, not 1 / (-1)
        n.Backward();
        Assert.Equal(-1.0, a.Grad);
    }

    [Fact]
    public void DivisionIsTimesTheReciprocal()
    {
        var a = new Value(6.0);
        var b = new Value(2.0);
        var q = a / b;
        Assert.Equal(3.0, q.Data);
        Assert.Equal("^-1", q.Parents[1].Op);
        q.Backward();
        Assert.Equal(0.5, a.Grad);                      // d(a/b)/da = 1/b
        Assert.Equal(-1.5, b.Grad);                     // d(a/b)/db = -a/b^2
    }

    [Fact]
    public void ReluOfMinusZeroIsPlusZero()
    {
        // relu asks "a <= 0?" (as PyTorch): -0 <= 0, so the result is the constant +0, not the input -0.
        var r = new Value(-0.0).Relu();
        Assert.False(double.IsNegative(r.Data));
    }

    [Fact]
    public void SecondBackwardAccumulatesLeavesButRecomputesIntermediates()
    {
        // y = a b, z = y^2: dz/dy = 2y = 12, dz/da = 2y b = 36, dz/db = 2y a = 24 (a = 2, b = 3).
        var a = new Value(2.0);
        var b = new Value(3.0);
        var y = a * b;
        var z = y * y;
        z.Backward();
        Assert.Equal(1.0, z.Grad);
        Assert.Equal(12.0, y.Grad);
        Assert.Equal(36.0, a.Grad);
        Assert.Equal(24.0, b.Grad);
        z.Backward();
        Assert.Equal(1.0, z.Grad);                      // recomputed, not 2
        Assert.Equal(12.0, y.Grad);                     // recomputed, not 24
        Assert.Equal(72.0, a.Grad);                     // leaves accumulate
        Assert.Equal(48.0, b.Grad);
    }

    [Fact]
    public void DifferenceAndQuotientNameTheLeftOperandFirstWhenBothAreNull()
    {
        Value a = null!;
        Value b = null!;
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => a - b).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => a / b).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => new Value(1.0) - b).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => new Value(1.0) / b).ParamName);
    }
}
