using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// A matrix product op(Left) op(Right) written down but not yet computed, where op transposes or not: what
/// <c>grad.Times(b.T())</c> says in <see cref="Tensor.MatMul"/>'s backward pass. <see cref="Tensor"/> adds it
/// straight into a gradient with one call to the GEMM kernel (<see cref="Kernels.AddProduct"/>), without a
/// temporary matrix for the product and without a transposed copy of either operand.
/// </summary>
internal readonly record struct Product(Matrix<double> Left, bool TransposeLeft, Matrix<double> Right, bool TransposeRight);

/// <summary>A matrix read as its transpose, without copying it (see <see cref="Product"/>).</summary>
internal readonly record struct Transposed(Matrix<double> Matrix);

/// <summary>The notation of <see cref="Product"/>: <c>a.Times(b)</c>, <c>a.Times(b.T())</c>, <c>a.T().Times(b)</c>.</summary>
internal static class ProductNotation
{
    /// <summary>m^T, read in place.</summary>
    public static Transposed T(this Matrix<double> m) => new(m);

    /// <summary>left right.</summary>
    public static Product Times(this Matrix<double> left, Matrix<double> right) => new(left, false, right, false);

    /// <summary>left right^T.</summary>
    public static Product Times(this Matrix<double> left, Transposed right) => new(left, false, right.Matrix, true);

    /// <summary>left^T right.</summary>
    public static Product Times(this Transposed left, Matrix<double> right) => new(left.Matrix, true, right, false);
}
