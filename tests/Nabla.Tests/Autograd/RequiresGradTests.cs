using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Nabla.Tests.Autograd;

/// <summary>
/// Constants and variables: a leaf is a constant (RequiresGrad = false) unless made with requiresGrad: true, as in
/// PyTorch; what gets a gradient, what does not, and that results do not change.
/// </summary>
public sealed class RequiresGradTests
{
    [Fact]
    public void LeavesAreConstantsByDefaultAndVariablesWhenAsked()
    {
        Assert.False(new Tensor(Matrix<double>.Build.Dense(2, 2)).RequiresGrad);
        Assert.True(new Tensor(Matrix<double>.Build.Dense(2, 2), requiresGrad: true).RequiresGrad);
        Assert.False(new Tensor(Matrix<double>.Build.Dense(2, 2), requiresGrad: false).RequiresGrad);
    }

    [Fact]
    public void EveryFactoryMakesAConstantUnlessAsked()
    {
        var rng = new Random(0);
        Tensor[] constants =
        [
            Tensor.FromArray(new double[,] { { 1, 2 } }), Tensor.Zeros(2, 3), Tensor.Full(2, 3, 0.5), Tensor.Scalar(1),
            Tensor.Row(1, 2), Tensor.Column(1, 2), Tensor.RandomNormal(2, 3, rng),
        ];
        Tensor[] variables =
        [
            Tensor.FromArray(new double[,] { { 1, 2 } }, requiresGrad: true), Tensor.Zeros(2, 3, requiresGrad: true),
            Tensor.Full(2, 3, 0.5, requiresGrad: true), Tensor.Scalar(1, requiresGrad: true), Tensor.Row([1, 2], requiresGrad: true),
            Tensor.Column([1, 2], requiresGrad: true), Tensor.RandomNormal(2, 3, rng, requiresGrad: true),
        ];
        Assert.All(constants, t => Assert.False(t.RequiresGrad));
        Assert.All(variables, t => Assert.True(t.RequiresGrad));
        Assert.False(Tensor.Row([1, 2], requiresGrad: false).RequiresGrad);
        Assert.Equal(new double[,] { { 1, 2 } }, Tensor.Row([1, 2], requiresGrad: true).ToArray());     // the same values either way
        Assert.Equal(new double[,] { { 1 }, { 2 } }, Tensor.Column([1, 2], requiresGrad: true).ToArray());
    }

    [Fact]
    public void AResultRequiresGradWhenAnyOperandDoes()
    {
        var constant = Tensor.Full(1, 2, 3.0);
        var variable = Tensor.Row([1, 2], requiresGrad: true);
        Assert.False((constant * constant + 1).Exp().RequiresGrad);
        Assert.True((constant * variable).RequiresGrad);
        Assert.True(variable.MatMul(Tensor.Full(2, 1, 1.0)).RequiresGrad);
    }

    [Fact]
    public void AConstantOperandGetsNoGradientAndTheOtherGetsTheSameOne()
    {
        var data = TestData.Weights(5, 4, 3).Data;
        var weights = TestData.Weights(4, 3, 4).Data;
        var asConstant = (X: new Tensor(data.Clone()), W: new Tensor(weights.Clone(), requiresGrad: true));
        var asVariable = (X: new Tensor(data.Clone(), requiresGrad: true), W: new Tensor(weights.Clone(), requiresGrad: true));
        asConstant.X.MatMul(asConstant.W).Tanh().Sum().Backward();
        asVariable.X.MatMul(asVariable.W).Tanh().Sum().Backward();

        Assert.Equal(asVariable.W.Grad, asConstant.W.Grad);                    // dL/dW does not depend on whether x wants a gradient
        Assert.NotEqual(0.0, asVariable.X.Grad.FrobeniusNorm());              // x as a variable gets dL/dx = dL/dy W^T ...
        Assert.Equal(0.0, asConstant.X.Grad.FrobeniusNorm());                 // ... x as a constant gets none
    }

    [Fact]
    public void BackwardOnAComputationOfConstantsOnlyExplainsWhy()
    {
        foreach (var loss in new[] { new Tensor(Matrix<double>.Build.Dense(3, 1, 2.0)).Pow(2).Sum(), Tensor.Row(1, 2).Exp().Sum() })
        {
            var error = Assert.Throws<InvalidOperationException>(loss.Backward);
            Assert.Contains("constants only", error.Message);
            Assert.Contains("RequiresGrad", error.Message);
            Assert.Contains("requiresGrad: true", error.Message);                 // says how to make a variable
        }
    }

    [Fact]
    public void GradCheckOnAConstantNamesIt()
    {
        var w = Tensor.Row([1, 2], requiresGrad: true);
        var x = Tensor.Column(3, 4);
        var error = Assert.Throws<ArgumentException>(() => GradCheck.Run(() => w.MatMul(x), w, x));
        Assert.StartsWith("GradCheck expects inputs that require gradients; input 1 of shape (2, 1) does not: make it with requiresGrad: true.", error.Message);
    }

    [Fact]
    public void BatchesAreConstantsAndTrainingStillUpdatesTheParameters()
    {
        var data = Dataset.Classification(TestData.Weights(8, 3, 5).Data, [0, 1, 2, 0, 1, 2, 0, 1]);
        var batch = data.Batches(4).First();
        Assert.False(batch.X.RequiresGrad);
        Assert.False(batch.Y.RequiresGrad);

        var layer = new Linear(3, 3, new Random(1));
        var before = layer.W.Data.Clone();
        var optimizer = new Sgd(layer.Parameters(), 0.1);
        Loss.CrossEntropy(layer.Forward(batch.X), batch.Labels!).Backward();
        optimizer.Step();
        Assert.NotEqual(before, layer.W.Data);
        Assert.Equal(0.0, batch.X.Grad.FrobeniusNorm());
    }

    [Fact]
    public void GradIsZerosOfTheRightShapeBeforeAnyBackward()
    {
        var x = Tensor.Zeros(3, 5);
        x.ZeroGrad();                                                        // before any gradient was made: nothing to clear
        Assert.Equal(3, x.Grad.RowCount);
        Assert.Equal(5, x.Grad.ColumnCount);
        Assert.Equal(0.0, x.Grad.FrobeniusNorm());
        x.ZeroGrad();                                                        // on a gradient never made: no error
        Assert.Same(x.Grad, x.Grad);                                         // made once, then kept
    }

    [Fact]
    public void DetachReturnsAConstantCopyOfTheValues()
    {
        var x = Tensor.Row([1, 2], requiresGrad: true);
        x.Label = "x";
        var y = x.Exp();
        var copies = new[] { y.Detach(), x.Detach(), Tensor.Row(1, 2).Detach() };
        Assert.All(copies, c => Assert.False(c.RequiresGrad));
        Assert.All(copies, c => Assert.True(c.IsLeaf));
        Assert.Equal(new[] { Math.Exp(1), Math.Exp(2) }, copies[0].ToRowMajorArray());
        Assert.Equal("x", copies[1].Label);
        copies[1].Data[0, 0] = 10;                                           // a copy (PyTorch's detach().clone()): the original keeps its values
        Assert.Equal(1.0, x.Data[0, 0]);
    }

    [Fact]
    public void PointwiseOpsOnSparseStorageGiveTheSameValuesAndGradientsAsDense()
    {
        var values = new double[,] { { 0, -1.5, 0 }, { 2, 0, 0.25 } };
        var sparse = new Tensor(SparseMatrix.OfArray(values), requiresGrad: true);
        var dense = new Tensor(DenseMatrix.OfArray(values), requiresGrad: true);
        var fromSparse = (sparse.Relu() * 3 + sparse.Tanh()).Sum();
        var fromDense = (dense.Relu() * 3 + dense.Tanh()).Sum();
        fromSparse.Backward();
        fromDense.Backward();
        Assert.Equal(fromDense.Item(), fromSparse.Item(), 15);
        Assert.Equal(dense.Grad.ToArray(), sparse.Grad.ToArray());
    }
}
