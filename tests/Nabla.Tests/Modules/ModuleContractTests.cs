using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Modules;

/// <summary>
/// What the modules promise beyond their forward values (issue 18, survivors of mutation testing): bad arguments
/// are refused with the documented exception and message, parameters are labelled, the boundary sizes work,
/// dropout keeps a unit exactly when u &gt;= p, and a maxout tie sends the gradient to the later piece.
/// </summary>
public sealed class ModuleContractTests
{
    /// <summary>A "random" source that always draws the same u, to test the dropout rule at its boundary.</summary>
    private sealed class FixedRandom(double u) : Random
    {
        public override double NextDouble() => u;
    }

    [Fact]
    public void NullArgumentsAreRefusedByName()
    {
        Assert.Equal("rng", Assert.Throws<ArgumentNullException>(() => new Linear(2, 3, null!)).ParamName);
        Assert.Equal("rng", Assert.Throws<ArgumentNullException>(() => new Linear(2, 3, null!, Init.Constant(0.5))).ParamName);   // an initializer that ignores rng
        Assert.Equal("rng", Assert.Throws<ArgumentNullException>(() => new Dropout(0.5, null!)).ParamName);
        Assert.Equal("rng", Assert.Throws<ArgumentNullException>(() => new Maxout(2, 3, 0, null!)).ParamName);   // before the piece count
        Assert.Equal("layers", Assert.Throws<ArgumentNullException>(() => new Sequential(null!)).ParamName);
        Assert.Equal("images", Assert.Throws<ArgumentNullException>(() => Flatten.Images(null!)).ParamName);

        var dropout = new Dropout(0.5, new Random(0));
        dropout.Eval();                                                  // even where Forward would return x untouched
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => dropout.Forward(null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => new Linear(2, 3, new Random(0)).Forward(null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => new Maxout(2, 3, 2, new Random(0)).Forward(null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => new Flatten(2, 2).Forward(null!)).ParamName);
    }

    [Fact]
    public void LinearChecksItsSizesEvenWithACustomInitializer()
    {
        Initializer empty = (fanIn, fanOut, _) => Matrix<double>.Build.Dense(Math.Max(fanIn, 1), fanOut);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Linear(0, 3, new Random(0), empty));
    }

    [Theory]
    [InlineData(2, 4)]   // one column too many
    [InlineData(3, 3)]   // one row too many
    public void LinearRefusesAnInitializerOfTheWrongShape(int rows, int columns)
    {
        Initializer wrong = (_, _, _) => Matrix<double>.Build.Dense(rows, columns);
        var error = Assert.Throws<ArgumentException>(() => new Linear(2, 3, new Random(0), wrong));
        Assert.StartsWith($"The initializer must return a (2, 3) matrix for Linear(2->3), got ({rows}, {columns}).", error.Message);
        Assert.Equal("init", error.ParamName);
    }

    [Fact]
    public void LinearLabelsItsParametersWAndBWithEitherInitialization()
    {
        foreach (var layer in new[] { new Linear(2, 3, new Random(0)), new Linear(2, 3, new Random(0), Init.Constant(0.5)) })
        {
            Assert.Equal("W", layer.W.Label);
            Assert.Equal("b", layer.b.Label);
        }
    }

    [Theory]
    [InlineData(0.5, 0.5, 2.0)]        // u = p is kept: P(u < p) = p for u uniform in [0, 1) is the drop probability
    [InlineData(0.4999, 0.5, 0.0)]
    [InlineData(0.25, 0.2, 1.25)]      // kept units are scaled by 1 / (1 - p)
    [InlineData(0.1, 0.2, 0.0)]
    public void DropoutDropsAUnitExactlyWhenUIsBelowP(double u, double p, double expected)
    {
        var mask = new Dropout(p, new FixedRandom(u)).SampleMask(2, 3);
        Assert.All(mask.Enumerate(), m => Assert.Equal(expected, m, 12));
    }

    [Fact]
    public void FlattenAcceptsTheSmallestSizeAndRefusesZero()
    {
        var x = Tensor.Row(1, 2, 3, 4);
        var flat = new Flatten(1, 4).Forward(x);
        Assert.Equal((1, 4), (flat.Rows, flat.Columns));
        Assert.Equal(4, new Flatten(4, 1).Forward(Tensor.Column(1, 2, 3, 4)).Columns);   // (1*4, 1) -> (1, 4)
        var height = Assert.Throws<ArgumentOutOfRangeException>(() => new Flatten(0, 4));
        Assert.StartsWith("Flatten expects a height of at least 1, got 0.", height.Message);
        var width = Assert.Throws<ArgumentOutOfRangeException>(() => new Flatten(4, 0));
        Assert.StartsWith("Flatten expects a width of at least 1, got 0.", width.Message);
        Assert.Equal("width", width.ParamName);
    }

    [Fact]
    public void FlattenRefusesRowsThatAreNotAWholeNumberOfImages()
    {
        var flatten = new Flatten(2, 3);
        Assert.Equal("Flatten(2x3)", flatten.ToString());
        var error = Assert.Throws<ArgumentException>(() => flatten.Forward(Tensor.Zeros(3, 3)));   // 3 rows: 1.5 images of 2 rows
        Assert.StartsWith("Flatten(2x3) expects images stacked as (N*2, 3) or flat rows (N, 6), got (3, 3).", error.Message);
        var none = Assert.Throws<ArgumentException>(() => Flatten.Images([]));
        Assert.StartsWith("Flatten.Images expects at least one image, got none.", none.Message);
    }

    [Fact]
    public void MaxoutRefusesZeroPiecesAndTheWrongWidth()
    {
        var pieces = Assert.Throws<ArgumentOutOfRangeException>(() => new Maxout(2, 3, 0, new Random(0)));
        Assert.StartsWith("Maxout expects at least 1 piece, got 0.", pieces.Message);
        var maxout = new Maxout(2, 3, 2, new Random(0));
        var error = Assert.Throws<ArgumentException>(() => maxout.Forward(Tensor.Zeros(1, 3)));
        Assert.StartsWith("Maxout(2->3, pieces=2) expects 2 columns, got 3 (input shape (1, 3)).", error.Message);
    }

    [Fact]
    public void AtAnExactTieMaxoutSendsTheGradientToTheLaterPiece()
    {
        // Both pieces are W = 0.5 everywhere with b = 0, so every output is a tie; the documented rule gives the
        // whole gradient to piece 2: dL/dW_2 = x^T 1 = column sums of x per row of W, dL/dW_1 = 0.
        var maxout = new Maxout(2, 1, 2, new Random(0), Init.Constant(0.5));
        maxout.Forward(Tensor.FromArray(new[,] { { 1.0, 2.0 }, { 3.0, -1.0 } })).Sum().Backward();
        Assert.Equal([0.0, 0.0], maxout.Pieces[0].W.Grad.Column(0).ToArray());
        Assert.Equal([4.0, 1.0], maxout.Pieces[1].W.Grad.Column(0).ToArray());
        Assert.Equal(2.0, maxout.Pieces[1].b.Grad[0, 0]);
    }

    [Fact]
    public void SequentialRefusesNoLayersAndANullLayerAtAnyPositionIncludingTheFirst()
    {
        Assert.StartsWith("Sequential expects at least one layer, got none.", Assert.Throws<ArgumentException>(() => new Sequential()).Message);
        var first = Assert.Throws<ArgumentException>(() => new Sequential(null!, new Flatten(1, 1)));
        Assert.StartsWith("Sequential expects a module at every position, got null at position 0.", first.Message);
        var second = Assert.Throws<ArgumentException>(() => new Sequential(new Flatten(1, 1), null!));
        Assert.StartsWith("Sequential expects a module at every position, got null at position 1.", second.Message);
    }

    [Fact]
    public void ANestedSequentialIsIndentedOneLevelPerDepthAsInPyTorch()
    {
        var model = new Sequential(new Sequential(new Linear(2, 3, new Random(0))));
        var n = Environment.NewLine;
        Assert.Equal($"Sequential({n}  (0): Sequential({n}    (0): Linear(2->3){n}  ){n})", model.ToString());
    }
}
