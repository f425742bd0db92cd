namespace Nabla.Tests.Autograd;

/// <summary>
/// Tensor's small promises: operation names, signed zeros at the activations' kinks, the size checks of the
/// factories, seeded random values, Item's shape check, ToString, and what a TrainingStep does to its tensors.
/// </summary>
public sealed class TensorContractTests
{
    [Fact]
    public void ActivationsRecordTheirNames()
    {
        var x = Tensor.Row(-1.0, 2.0);
        Assert.Equal("sigmoid", x.Sigmoid().Op);
        Assert.Equal("tanh", x.Tanh().Op);
        Assert.Equal("relu", x.Relu().Op);
        Assert.Equal("leaky_relu", x.LeakyRelu().Op);
        Assert.Equal("elu", x.Elu().Op);
        Assert.Equal("gelu", x.Gelu().Op);
        Assert.Equal("softplus", x.Softplus().Op);
    }

    [Fact]
    public void ReluAndEluTurnMinusZeroIntoPlusZero()
    {
        Assert.True(double.IsNegative(Tensor.Row(-0.0).Item()));   // the input really is -0
        // relu: -0 <= 0, so the constant +0; elu: -0 > 0 is false, so alpha (e^-0 - 1) = +0 (PyTorch gives 0. for both).
        Assert.False(double.IsNegative(Tensor.Row(-0.0).Relu().Item()));
        Assert.False(double.IsNegative(Tensor.Row(-0.0).Elu().Item()));
    }

    [Fact]
    public void LeakyReluAtMinusZeroMultipliesBySlope()
    {
        // -0 > 0 is false, so slope * (-0): +0 for a negative slope.
        Assert.False(double.IsNegative(Tensor.Row(-0.0).LeakyRelu(-0.5).Item()));
    }

    [Fact]
    public void EluDerivativeAtZeroIsAlpha()
    {
        // x = 0 is not > 0, so elu'(0) = y + alpha = alpha (PyTorch: elu(alpha=2) backward at 0 gives 2).
        var x = Tensor.Scalar(0.0, requiresGrad: true);
        x.Elu(alpha: 2.0).Sum().Backward();
        Assert.Equal(2.0, x.Grad[0, 0]);
    }

    [Fact]
    public void RandomNormalIsMeanPlusStdTimesBoxMuller()
    {
        var t = Tensor.RandomNormal(2, 3, new Random(7), mean: 5.0, std: 2.0);
        var rng = new Random(7);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var u1 = 1.0 - rng.NextDouble();
                var u2 = rng.NextDouble();
                var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
                Assert.Equal(5.0 + 2.0 * z, t.Data[i, j], 12);
            }
        }
    }

    [Fact]
    public void RandomNormalRejectsANullRngEvenForAnEmptyShape()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Tensor.RandomNormal(0, 0, null!));
        Assert.Equal("rng", e.ParamName);
    }

    [Fact]
    public void SizeChecksNameTheNegativeSize()
    {
        var r = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(-2, 3));
        Assert.Equal("rows", r.ParamName);
        Assert.Equal(-2, r.ActualValue);
        Assert.StartsWith("Tensor.Zeros expects rows >= 0 and columns >= 0, got (-2, 3).", r.Message);

        var c = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Full(0, -1, 1.0));
        Assert.Equal("columns", c.ParamName);
        Assert.Equal(-1, c.ActualValue);
        Assert.StartsWith("Tensor.Full expects rows >= 0 and columns >= 0, got (0, -1).", c.Message);

        var c2 = Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.RandomNormal(3, -4, new Random(1)));
        Assert.Equal("columns", c2.ParamName);
        Assert.Equal(-4, c2.ActualValue);
    }

    [Fact]
    public void ItemNeedsOneByOne()
    {
        Assert.Equal(4.0, Tensor.Scalar(4.0).Item());
        var e = Assert.Throws<InvalidOperationException>(() => Tensor.Row(1.0, 2.0).Item());
        Assert.Equal("Item() expects a 1x1 tensor, got shape (1, 2).", e.Message);
        var e2 = Assert.Throws<InvalidOperationException>(() => Tensor.Column(1.0, 2.0).Item());
        Assert.Equal("Item() expects a 1x1 tensor, got shape (2, 1).", e2.Message);
    }

    [Fact]
    public void AConstantGetsNoGradient()
    {
        var x = Tensor.Row([1.0, 2.0], requiresGrad: true);
        var c = Tensor.Row(3.0, 4.0);
        (x * c).Sum().Backward();
        Assert.Equal(3.0, x.Grad[0, 0]);                // d(x c)/dx = c
        Assert.Equal(4.0, x.Grad[0, 1]);
        Assert.Equal(0.0, c.Grad[0, 0]);                // a constant's Grad stays zeros
        Assert.Equal(0.0, c.Grad[0, 1]);
    }

    [Fact]
    public void ToStringShowsNameShapeOpAndSmallValues()
    {
        Assert.Equal("Tensor (0, 3) op=leaf (empty)", Tensor.Zeros(0, 3).ToString());
        Assert.Equal("Tensor (2, 0) op=leaf (empty)", Tensor.Zeros(2, 0).ToString());
        Assert.Equal("Tensor 'W' (9, 8) op=leaf", new Tensor(Tensor.Zeros(9, 8).Data) { Label = "W" }.ToString());
        Assert.Equal("Tensor (65, 1) op=leaf", Tensor.Zeros(65, 1).ToString());

        var small = Tensor.Full(8, 8, 1.5).ToString();   // 64 entries: printed
        Assert.StartsWith("Tensor (8, 8) op=leaf" + Environment.NewLine, small);
        Assert.Contains("1.5", small);
        var one = Tensor.Scalar(2.25).ToString();
        Assert.StartsWith("Tensor (1, 1) op=leaf" + Environment.NewLine, one);
        Assert.Contains("2.25", one);
    }

    [Fact]
    public void ATensorMadeInsideAStepCannotBeReadAfterIt()
    {
        var x = Tensor.Row([1.0, 2.0], requiresGrad: true);
        Tensor y;
        using (new TrainingStep())
        {
            y = x.Sigmoid();
            y.Label = "h";
        }

        Assert.Throws<InvalidOperationException>(() => y.Data);
        Assert.Throws<InvalidOperationException>(() => y.Grad);
        Assert.Equal("Tensor 'h' (1, 2) op=sigmoid (ended with its TrainingStep)", y.ToString());
        y.Label = null;
        Assert.Equal("Tensor (1, 2) op=sigmoid (ended with its TrainingStep)", y.ToString());
        Assert.Equal(1.0, x.Data[0, 0]);                // a tensor made before the step is not affected
    }

    [Fact]
    public void AGradientRentedInsideAStepStartsAtZero()
    {
        // A rented matrix still holds an earlier step's numbers; Grad must hand out zeros all the same.
        var x = Tensor.FromArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, requiresGrad: true);
        for (var step = 0; step < 3; step++)
        {
            using (new TrainingStep())
            {
                var y = x.Sigmoid();
                var g = y.Grad;
                for (var i = 0; i < 2; i++)
                {
                    for (var j = 0; j < 3; j++)
                    {
                        Assert.Equal(0.0, g[i, j]);
                    }
                }

                g.MapInplace(_ => 7.0);
                _ = x.Tanh();
            }
        }
    }
}
