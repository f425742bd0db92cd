using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Autograd;

/// <summary>Shape and argument errors name what was expected and what was found, word for word.</summary>
public sealed class ArgumentCheckMessageTests
{
    private const string NoBroadcast = "shapes (2, 2) and (3, 3) do not broadcast; expected equal sizes or size 1 in each dimension.";

    [Fact]
    public void BinaryOperatorsNameThemselvesWhenShapesDoNotBroadcast()
    {
        var a = Tensor.Zeros(2, 2);
        var b = Tensor.Zeros(3, 3);
        Assert.Equal("Add: " + NoBroadcast, Assert.Throws<ArgumentException>(() => a + b).Message);
        Assert.Equal("Multiply: " + NoBroadcast, Assert.Throws<ArgumentException>(() => a * b).Message);
        Assert.Equal("Divide: " + NoBroadcast, Assert.Throws<ArgumentException>(() => a / b).Message);
    }

    [Fact]
    public void ReshapeToADifferentNumberOfValuesIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Tensor.Zeros(2, 3).Reshape(4, 2));
        Assert.Equal("Reshape: cannot view (2, 3) (6 values) as (4, 2) (8 values).", ex.Message);
    }

    [Fact]
    public void SumOverAThirdDimensionIsRejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(2, 2).Sum(2));
        Assert.Equal("dim", ex.ParamName);
        Assert.Equal(2, ex.ActualValue);
        Assert.StartsWith("Sum(dim) expects dim 0 (over rows) or 1 (over columns).", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2, 2, 2, 2, 2, "Where: condition 3x2, a (2, 2) and b (2, 2) must all have the same shape.")]
    [InlineData(2, 3, 2, 2, 2, 2, "Where: condition 2x3, a (2, 2) and b (2, 2) must all have the same shape.")]
    [InlineData(2, 2, 2, 2, 3, 2, "Where: condition 2x2, a (2, 2) and b (3, 2) must all have the same shape.")]
    [InlineData(2, 2, 2, 2, 2, 3, "Where: condition 2x2, a (2, 2) and b (2, 3) must all have the same shape.")]
    public void WhereRejectsEachKindOfShapeMismatch(int cr, int cc, int ar, int ac, int br, int bc, string message)
    {
        var condition = Matrix<double>.Build.Dense(cr, cc);
        var ex = Assert.Throws<ArgumentException>(() => Tensor.Where(condition, Tensor.Zeros(ar, ac), Tensor.Zeros(br, bc)));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(3, 1)]
    [InlineData(2, 2)]
    public void BackwardFromATensorThatIsNot1x1IsRejected(int rows, int columns)
    {
        var t = Tensor.Zeros(rows, columns, requiresGrad: true) * 2;
        var ex = Assert.Throws<InvalidOperationException>(t.Backward);
        Assert.Equal(
            $"Backward() starts from a 1x1 tensor (a loss), got shape ({rows}, {columns}). Reduce it first, e.g. with Sum() or Mean().",
            ex.Message);
    }

    [Fact]
    public void SubtractingTwoNullsNamesTheLeftOperand()
    {
        // a - b checks a first, as every binary operator does, so the error names "a" even when b is null too.
        Tensor? a = null, b = null;
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => a! - b!).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => Tensor.Zeros(1, 1) - b!).ParamName);
    }
}
