using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Modules;

/// <summary>Linear, Sequential and Maxout: shapes, initialization, parameter order, modes and error messages.</summary>
public sealed class LayerBehaviourTests
{
    [Fact]
    public void LinearNamesExpectedAndActualColumns()
    {
        var linear = new Linear(784, 128, new Random(0));
        var error = Assert.Throws<ArgumentException>(() => linear.Forward(Tensor.Zeros(2, 783)));
        Assert.StartsWith("Linear(784->128) expects 784 columns, got 783", error.Message);
        Assert.Equal("Linear(784->128)", linear.ToString());
    }

    [Fact]
    public void LinearComputesXTimesWPlusB()
    {
        var linear = new Linear(2, 3, new Random(0));
        var x = Tensor.FromArray(new double[,] { { 1, 2 }, { -1, 0.5 } });
        var y = linear.Forward(x);
        Assert.Equal((2, 3), (y.Rows, y.Columns));
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var expected = linear.b.Data[0, j];                             // y_ij = b_j + sum_k x_ik W_kj, the textbook loop
                for (var k = 0; k < 2; k++)
                {
                    expected += x.Data[i, k] * linear.W.Data[k, j];
                }

                Assert.Equal(expected, y.Data[i, j], 1e-15);
            }
        }
    }

    [Fact]
    public void LinearDefaultInitIsPyTorchsUniformAndSeeded()
    {
        var a = new Linear(50, 40, new Random(7));
        var b = new Linear(50, 40, new Random(7));
        var c = new Linear(50, 40, new Random(8));
        var bound = 1 / Math.Sqrt(50);
        Assert.Equal((50, 40), (a.W.Rows, a.W.Columns));
        Assert.Equal((1, 40), (a.b.Rows, a.b.Columns));
        Assert.All(a.W.Data.Enumerate().Concat(a.b.Data.Enumerate()), v => Assert.InRange(v, -bound, bound));
        Assert.True(a.W.Data.Enumerate().Max() > 0.9 * bound && a.W.Data.Enumerate().Min() < -0.9 * bound, "W should fill its range");
        Assert.Equal(a.W.Data, b.W.Data);
        Assert.Equal(a.b.Data, b.b.Data);
        Assert.NotEqual(a.W.Data, c.W.Data);
        Assert.Equal(2040, a.ParameterCount());
    }

    [Fact]
    public void LinearWithAnInitializerUsesItForWAndZerosForB()
    {
        var linear = new Linear(784, 128, new Random(3), Init.HeNormal);
        Assert.Equal(Init.HeNormal(784, 128, new Random(3)), linear.W.Data);
        Assert.All(linear.b.Data.Enumerate(), v => Assert.Equal(0.0, v));
        var constant = new Linear(3, 2, new Random(0), Init.Constant(1.5));
        Assert.All(constant.W.Data.Enumerate(), v => Assert.Equal(1.5, v));
        var wrong = Assert.Throws<ArgumentException>(() => new Linear(3, 2, new Random(0), (_, _, _) => Matrix<double>.Build.Dense(2, 3)));
        Assert.Contains("(3, 2)", wrong.Message);
        Assert.Contains("(2, 3)", wrong.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Linear(0, 2, new Random(0)));
    }

    [Fact]
    public void SequentialChainsLayersAndListsParametersInOrder()
    {
        var rng = new Random(1);
        var first = new Linear(4, 3, rng);
        var last = new Linear(3, 2, rng);
        var model = new Sequential(first, new Relu(), last);
        Assert.Equal(3, model.Count);
        Assert.Same(last, model[2]);
        Assert.Equal<Module>([first, model[1], last], model.Layers);
        Assert.Equal([first.W, first.b, last.W, last.b], model.Parameters());
        var x = TestData.OffKink(5, 4, seed: 1);
        Assert.Equal(last.Forward(first.Forward(x).Relu()).Data, model.Forward(x).Data);
        Assert.Equal($"Sequential({Environment.NewLine}  (0): Linear(4->3){Environment.NewLine}  (1): Relu(){Environment.NewLine}  (2): Linear(3->2){Environment.NewLine})", model.ToString());
        Assert.Throws<ArgumentException>(() => new Sequential());
    }

    [Fact]
    public void TrainAndEvalReachEveryNestedModule()
    {
        var dropout = new Dropout(0.5, new Random(0));
        var inner = new Sequential(new Linear(2, 2, new Random(0)), dropout);
        var model = new Sequential(inner, new Relu());
        Assert.True(dropout.IsTraining);
        model.Eval();
        Assert.False(model.IsTraining);
        Assert.False(inner.IsTraining);
        Assert.False(dropout.IsTraining);
        model.Train();
        Assert.True(dropout.IsTraining && model[1].IsTraining);
    }

    [Fact]
    public void ZeroGradClearsEveryParameter()
    {
        var model = new Sequential(new Linear(3, 4, new Random(0)), new Tanh(), new Maxout(4, 2, 2, new Random(1)));
        model.Forward(TestData.OffKink(2, 3, seed: 3)).Sum().Backward();
        Assert.Contains(model.Parameters(), p => p.Grad.Enumerate().Any(g => g != 0));
        model.ZeroGrad();
        Assert.All(model.Parameters(), p => Assert.All(p.Grad.Enumerate(), g => Assert.Equal(0.0, g)));
    }

    [Fact]
    public void ParametersRequireGradientsAndTheirGradientsArrive()
    {
        Module[] modules =
        [
            new Linear(3, 2, new Random(0)), new Linear(3, 2, new Random(0), Init.HeNormal), new Maxout(3, 2, 2, new Random(0)),
            new Sequential(new Linear(3, 4, new Random(1)), new Relu(), new Linear(4, 2, new Random(2))),
        ];
        foreach (var module in modules)
        {
            Assert.All(module.Parameters(), p => Assert.True(p.RequiresGrad, $"{module}: {p.Label} {p.Shape} should require a gradient"));
            var x = Tensor.FromArray(new double[,] { { 1, -2, 0.5 } });                 // data: a constant
            module.Forward(x).Sum().Backward();                                         // works with no requiresGrad on x
            Assert.False(x.RequiresGrad);
        }

        var linear = (Linear)modules[0];
        Assert.Equal(new double[,] { { 1, 1 }, { -2, -2 }, { 0.5, 0.5 } }, linear.W.Grad.ToArray());   // dL/dW = x^T 1
        Assert.Equal(new double[,] { { 1, 1 } }, linear.b.Grad.ToArray());                              // dL/db = 1
    }

    [Fact]
    public void MaxoutTakesTheLargestPieceEntryByEntry()
    {
        var maxout = new Maxout(3, 4, pieces: 3, new Random(2));
        var x = TestData.OffKink(6, 3, seed: 4);
        var y = maxout.Forward(x);
        var pieces = maxout.Pieces.Select(p => p.Forward(x).Data).ToArray();
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(pieces.Max(z => z[i, j]), y.Data[i, j]);
            }
        }

        Assert.Equal(6, maxout.Parameters().Count());
        Assert.Equal("Maxout(3->4, pieces=3)", maxout.ToString());
        var single = new Maxout(3, 4, 1, new Random(9));
        Assert.Equal(new Linear(3, 4, new Random(9)).Forward(x).Data, single.Forward(x).Data);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Maxout(3, 4, 0, new Random(0)));
        var wrong = Assert.Throws<ArgumentException>(() => maxout.Forward(Tensor.Zeros(1, 5)));
        Assert.Contains("expects 3 columns, got 5", wrong.Message);
    }

    [Fact]
    public void ActivationModulesDescribeThemselves()
    {
        Assert.Equal("Relu()", new Relu().ToString());
        Assert.Equal("LeakyRelu(slope=0.2)", new LeakyRelu(0.2).ToString());
        Assert.Equal("Elu(alpha=1)", new Elu().ToString());
        Assert.Equal(0.01, new LeakyRelu().Slope);
        Assert.Equal(0, new Relu().ParameterCount());
    }
}
