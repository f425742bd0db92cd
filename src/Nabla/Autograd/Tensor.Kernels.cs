using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>
    /// Runs once, before the first tensor is made: plugs Nabla's fast matrix kernels in behind MathNet
    /// (<see cref="Kernels.Install"/>), so <see cref="MatMul"/>'s <c>a * b</c> and the transposed products of
    /// its backward pass are computed 15-40x faster. An optimization only, which changes no formula: the
    /// kernels live in src/Nabla/Kernels and a learner can skip them. <c>NABLA_KERNELS=managed</c> turns them off.
    /// </summary>
    static Tensor() => Kernels.Install();

    /// <summary>
    /// Adds the product op(left) op(right) into <see cref="Grad"/> (gradients accumulate), where op transposes
    /// when asked: the same as <c>Accumulate(left.TransposeThisAndMultiply(right))</c> and friends, but written
    /// straight into the gradient, without a temporary matrix or a transposed copy.
    /// </summary>
    internal void AccumulateProduct(Matrix<double> left, Matrix<double> right, bool transposeLeft = false, bool transposeRight = false)
    {
        if (!RequiresGrad)
        {
            return;
        }

        var overwrite = grad is null || gradIsZero;     // no gradient yet (or only zeros): write the product instead of adding it
        grad ??= NewGradient();
        gradIsZero = false;
        Kernels.AddProduct(grad, left, transposeLeft, right, transposeRight, overwrite);
    }
}
