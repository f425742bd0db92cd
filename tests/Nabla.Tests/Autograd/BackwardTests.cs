using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests.Autograd;

/// <summary>Backward semantics: accumulation, reuse of a node, shape errors, deep graphs.</summary>
public sealed class BackwardTests
{
    [Fact]
    public void GradientsOfLeavesAccumulateUntilZeroGrad()
    {
        var x = Tensor.Row([1, 2, 3], requiresGrad: true);
        var loss = (x * x).Sum();                 // d/dx = 2x
        loss.Backward();
        loss.Backward();
        Assert.Equal(new[] { 4.0, 8.0, 12.0 }, x.Grad.Row(0).ToArray());
        x.ZeroGrad();
        loss.Backward();
        Assert.Equal(new[] { 2.0, 4.0, 6.0 }, x.Grad.Row(0).ToArray());
    }

    [Fact]
    public void AfterZeroGradTheGradientReadsZerosAndTheNextBackwardStartsFromThem()
    {
        var w = new Tensor(Matrix<double>.Build.Dense(3, 2, [1.0, 2, 3, 4, 5, 6]), requiresGrad: true);
        var unused = Tensor.Row([7, 8], requiresGrad: true);
        var x = new Tensor(Matrix<double>.Build.Dense(4, 3, (i, j) => i - j + 0.5));
        var loss = (x.MatMul(w) + unused * 0.0).Sum();   // dL/dW = x^T 1 (written by the matrix product's kernel)
        loss.Backward();
        var once = w.Grad.Clone();
        loss.Backward();
        Assert.Equal(once * 2, w.Grad);                  // accumulates
        w.ZeroGrad();
        unused.ZeroGrad();
        Assert.Equal(Matrix<double>.Build.Dense(3, 2), w.Grad);        // reads zeros right after ZeroGrad
        Assert.Equal(new[] { 0.0, 0.0 }, unused.Grad.Row(0).ToArray());
        w.ZeroGrad();
        loss.Backward();
        Assert.Equal(once, w.Grad);                      // overwritten, not added to the stale numbers
        w.ZeroGrad();
        (x.MatMul(w) * 0.0).Sum().Backward();
        Assert.Equal(Matrix<double>.Build.Dense(3, 2), w.Grad);        // 0 * stale numbers never leaks through
    }

    [Fact]
    public void IntermediateGradientsAreResetOnEveryBackward()
    {
        var x = Tensor.Row([1, 2], requiresGrad: true);
        var h = x * 3.0;
        var loss = (h * h).Sum();                        // dL/dh = 2h = (6, 12)
        loss.Backward();
        loss.Backward();
        Assert.Equal(new[] { 6.0, 12.0 }, h.Grad.Row(0).ToArray());
        Assert.Equal(new[] { 36.0, 72.0 }, x.Grad.Row(0).ToArray());   // the leaf accumulated 2 x 18, 2 x 36
    }

    [Fact]
    public void ANodeUsedTwiceReceivesBothGradients()
    {
        var x = Tensor.Scalar(3, requiresGrad: true);
        var y = x * x + x;                         // dy/dx = 2x + 1 = 7
        y.Backward();
        Assert.Equal(7.0, x.Grad[0, 0], 12);
    }

    [Fact]
    public void BackwardFromANonScalarNamesTheShape()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(2, 3).Backward());
        Assert.Contains("(2, 3)", error.Message);
        Assert.Contains("1x1", error.Message);
    }

    [Fact]
    public void ShapeMismatchErrorsNameBothShapes()
    {
        var matmul = Assert.Throws<ArgumentException>(() => Tensor.Zeros(2, 3).MatMul(Tensor.Zeros(4, 5)));
        Assert.Contains("(2, 3)", matmul.Message);
        Assert.Contains("(4, 5)", matmul.Message);
        var add = Assert.Throws<ArgumentException>(() => Tensor.Zeros(2, 3) + Tensor.Zeros(3, 3));
        Assert.Contains("(2, 3)", add.Message);
        Assert.Contains("(3, 3)", add.Message);
        Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(2, 2).Item());
    }

    [Fact]
    public void AVeryDeepGraphDoesNotOverflowTheStack()
    {
        var x = Tensor.Scalar(1, requiresGrad: true);
        var y = x;
        for (var i = 0; i < 100_000; i++)
        {
            y = y * 1.0;
        }

        y.Backward();
        Assert.Equal(1.0, x.Grad[0, 0]);
    }

    [Fact]
    public void BroadcastBiasGradientIsTheSumOverRows()
    {
        var x = new Tensor(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }));
        var b = Tensor.Row([0.5, -0.5], requiresGrad: true);
        (x + b).Sum().Backward();
        Assert.Equal(new[] { 3.0, 3.0 }, b.Grad.Row(0).ToArray()); // 3 rows each contributed 1
    }

    [Fact]
    public void SoftmaxIsStableAndSumsToOne()
    {
        var logits = Tensor.FromArray(new double[,] { { 1000, 1001, 999 }, { -1000, 0, 1000 } });
        var p = logits.Softmax();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(1.0, p.Data.Row(i).Sum(), 12);
            Assert.All(p.Data.Row(i).ToArray(), v => Assert.True(double.IsFinite(v)));
        }

        Assert.Equal(-1.0 - Math.Log(1 + Math.Exp(-1) + Math.Exp(-2)), logits.LogSoftmax().Data[0, 0], 12);
    }
}
