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
    /// Adds a matrix product into <see cref="Grad"/> (gradients accumulate): the same as <c>Accumulate(left * right)</c>
    /// with the transposes done, but computed straight into the gradient by the GEMM kernel, without a temporary
    /// matrix or a transposed copy (src/Nabla/Kernels/Product.cs).
    /// </summary>
    internal void Accumulate(Product product)
    {
        if (!RequiresGrad)
        {
            return;
        }

        var overwrite = grad is null;   // no gradient yet: write the product instead of adding it to zeros
        grad ??= NewGradient();
        Kernels.AddProduct(grad, product.Left, product.TransposeLeft, product.Right, product.TransposeRight, overwrite);
    }
}
