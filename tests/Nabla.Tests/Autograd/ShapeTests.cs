namespace Nabla.Tests.Autograd;

/// <summary>Tensor.Shape: prints as PyTorch prints a size, takes apart into (rows, columns), compares by value.</summary>
public sealed class ShapeTests
{
    [Fact]
    public void ShapePrintsAsRowsCommaColumnsInParentheses()
    {
        var t = Tensor.Zeros(3, 2);
        Assert.Equal("(3, 2)", t.Shape.ToString());
        Assert.Equal("shape (3, 2)", $"shape {t.Shape}");
    }

    [Fact]
    public void ShapeDeconstructsIntoRowsAndColumns()
    {
        var (rows, columns) = Tensor.Zeros(4, 7).Shape;
        Assert.Equal((4, 7), (rows, columns));
    }

    [Fact]
    public void ShapesCompareByValue()
    {
        var shape = Tensor.Zeros(2, 3).Shape;
        Assert.Equal(new Shape(2, 3), shape);
        Assert.True(shape is (2, 3));
        Assert.NotEqual(new Shape(3, 2), shape);
    }
}
