using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Nabla.Tests;

/// <summary>Constants (RequiresGrad = false): what gets a gradient, what does not, and that results do not change.</summary>
public sealed class RequiresGradTests
{
    [Fact]
    public void LeavesRequireGradByDefaultAndConstantsDoNot()
    {
        Assert.True(new Tensor(Matrix<double>.Build.Dense(2, 2)).RequiresGrad);
        Assert.True(Tensor.Row(1, 2).RequiresGrad);
        Assert.False(Tensor.Constant(Matrix<double>.Build.Dense(2, 2)).RequiresGrad);
        Assert.False(new Tensor(Matrix<double>.Build.Dense(2, 2), requiresGrad: false).RequiresGrad);
    }

    [Fact]
    public void AResultRequiresGradWhenAnyOperandDoes()
    {
        var constant = Tensor.Constant(Matrix<double>.Build.Dense(1, 2, 3.0));
        var variable = Tensor.Row(1, 2);
        Assert.False((constant * constant + 1).Exp().RequiresGrad);
        Assert.True((constant * variable).RequiresGrad);
        Assert.True(variable.MatMul(Tensor.Constant(Matrix<double>.Build.Dense(2, 1, 1.0))).RequiresGrad);
    }

    [Fact]
    public void AConstantOperandGetsNoGradientAndTheOtherGetsTheSameOne()
    {
        var data = TestData.Weights(5, 4, 3).Data;
        var weights = TestData.Weights(4, 3, 4).Data;
        var asConstant = (X: Tensor.Constant(data.Clone()), W: new Tensor(weights.Clone()));
        var asVariable = (X: new Tensor(data.Clone()), W: new Tensor(weights.Clone()));
        asConstant.X.MatMul(asConstant.W).Tanh().Sum().Backward();
        asVariable.X.MatMul(asVariable.W).Tanh().Sum().Backward();

        Assert.Equal(asVariable.W.Grad, asConstant.W.Grad);                    // dL/dW does not depend on whether x wants a gradient
        Assert.NotEqual(0.0, asVariable.X.Grad.FrobeniusNorm());              // x as a variable gets dL/dx = dL/dy W^T ...
        Assert.Equal(0.0, asConstant.X.Grad.FrobeniusNorm());                 // ... x as a constant gets none
    }

    [Fact]
    public void BackwardOnAComputationOfConstantsOnlyExplainsWhy()
    {
        var loss = Tensor.Constant(Matrix<double>.Build.Dense(3, 1, 2.0)).Pow(2).Sum();
        var error = Assert.Throws<InvalidOperationException>(loss.Backward);
        Assert.Contains("constants only", error.Message);
        Assert.Contains("RequiresGrad", error.Message);
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
        x.ZeroGrad();                                                        // before any gradient was made: nothing to mark
        Assert.Equal(3, x.Grad.RowCount);
        Assert.Equal(5, x.Grad.ColumnCount);
        Assert.Equal(0.0, x.Grad.FrobeniusNorm());
        x.ZeroGrad();                                                        // on a gradient never made: no error
        Assert.Same(x.Grad, x.Grad);                                         // made once, then kept
    }

    [Fact]
    public void DetachKeepsWhetherAGradientIsWanted()
    {
        Assert.True(Tensor.Row(1, 2).Exp().Detach().RequiresGrad);
        Assert.False(Tensor.Constant(Matrix<double>.Build.Dense(1, 2)).Exp().Detach().RequiresGrad);
    }

    [Fact]
    public void PointwiseOpsOnSparseStorageGiveTheSameValuesAndGradientsAsDense()
    {
        var values = new double[,] { { 0, -1.5, 0 }, { 2, 0, 0.25 } };
        var sparse = new Tensor(SparseMatrix.OfArray(values));
        var dense = new Tensor(DenseMatrix.OfArray(values));
        var fromSparse = (sparse.Relu() * 3 + sparse.Tanh()).Sum();
        var fromDense = (dense.Relu() * 3 + dense.Tanh()).Sum();
        fromSparse.Backward();
        fromDense.Backward();
        Assert.Equal(fromDense.Item(), fromSparse.Item(), 15);
        Assert.Equal(dense.Grad.ToArray(), sparse.Grad.ToArray());
    }
}
