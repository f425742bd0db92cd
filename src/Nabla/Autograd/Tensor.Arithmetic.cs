using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>Elementwise sum with broadcasting: (N, D) + (1, D) adds a bias to every row.</summary>
    /// <remarks>d(a+b)/da = 1, d(a+b)/db = 1; a broadcast operand gets the sum of the copies' gradients.</remarks>
    public static Tensor operator +(Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rows, columns) = Broadcast.Shape(a, b, "Add");
        var data = Broadcast.Add(a.Data, b.Data, rows, columns);    // To(a) + To(b), without the repeated copies
        return FromOp(data, "+", [a, b], r =>
        {
            a.Accumulate(Broadcast.Reduce(r.Grad, a.Rows, a.Columns));
            b.Accumulate(Broadcast.Reduce(r.Grad, b.Rows, b.Columns));
        });
    }

    /// <summary>Elementwise product with broadcasting (NOT the matrix product: that is <see cref="MatMul"/>).</summary>
    /// <remarks>d(a*b)/da = b, d(a*b)/db = a.</remarks>
    public static Tensor operator *(Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rows, columns) = Broadcast.Shape(a, b, "Multiply");
        var x = Broadcast.To(a.Data, rows, columns);
        var y = Broadcast.To(b.Data, rows, columns);
        return FromOp(x.PointwiseMultiply(y), "*", [a, b], r =>
        {
            a.Accumulate(Broadcast.Reduce(r.Grad.PointwiseMultiply(y), a.Rows, a.Columns));
            b.Accumulate(Broadcast.Reduce(r.Grad.PointwiseMultiply(x), b.Rows, b.Columns));
        });
    }

    /// <summary>Elementwise quotient with broadcasting.</summary>
    /// <remarks>d(a/b)/da = 1/b, d(a/b)/db = -a/b^2.</remarks>
    public static Tensor operator /(Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rows, columns) = Broadcast.Shape(a, b, "Divide");
        var x = Broadcast.To(a.Data, rows, columns);
        var y = Broadcast.To(b.Data, rows, columns);
        return FromOp(x.PointwiseDivide(y), "/", [a, b], r =>
        {
            a.Accumulate(Broadcast.Reduce(r.Grad.PointwiseDivide(y), a.Rows, a.Columns));
            var dy = -r.Grad.PointwiseMultiply(x).PointwiseDivide(y.PointwiseMultiply(y));
            b.Accumulate(Broadcast.Reduce(dy, b.Rows, b.Columns));
        });
    }

    /// <summary>Negation.</summary>
    /// <remarks>d(-a)/da = -1.</remarks>
    public static Tensor operator -(Tensor a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return FromOp(-a.Data, "neg", [a], r => a.Accumulate(-r.Grad));
    }

    /// <summary>Multiplies every entry by a constant.</summary>
    /// <remarks>d(c a)/da = c.</remarks>
    public static Tensor operator *(Tensor a, double c)
    {
        ArgumentNullException.ThrowIfNull(a);
        return FromOp(Scale(a.Data, c), $"*{c}", [a], r => a.Accumulate(Scale(r.Grad, c)));
    }

    /// <summary>
    /// c m, entry by entry. MathNet answers c = 0 with a matrix of zeros without looking at m, but NaN * 0 and
    /// infinity * 0 are NaN (in IEEE arithmetic and in PyTorch): for c = 0 every entry is really multiplied.
    /// </summary>
    private static Matrix<double> Scale(Matrix<double> m, double c) => c == 0 ? Entrywise.Apply(m, v => v * c) : m * c;

    /// <summary>Adds a constant to every entry.</summary>
    /// <remarks>d(a + c)/da = 1.</remarks>
    public static Tensor operator +(Tensor a, double c)
    {
        ArgumentNullException.ThrowIfNull(a);
        return FromOp(a.Data + c, $"+{c}", [a], r => a.Accumulate(r.Grad));
    }

    // Compositions: no backward of their own (the operators they call check for null, under the same names).

    /// <summary>Elementwise difference with broadcasting, composed as a + (-b).</summary>
    public static Tensor operator -(Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a + (-b);
    }

    /// <summary>Multiplies every entry by a constant.</summary>
    public static Tensor operator *(double c, Tensor a) => a * c;

    /// <summary>Divides every entry by a constant.</summary>
    public static Tensor operator /(Tensor a, double c) => a * (1.0 / c);

    /// <summary>Adds a constant to every entry.</summary>
    public static Tensor operator +(double c, Tensor a) => a + c;

    /// <summary>Subtracts a constant from every entry.</summary>
    public static Tensor operator -(Tensor a, double c) => a + (-c);

    /// <summary>c - a, entry by entry.</summary>
    public static Tensor operator -(double c, Tensor a) => (-a) + c;

    /// <summary>
    /// The matrix product: (N, K) x (K, M) -> (N, M), for example a batch x times weights W.
    /// </summary>
    /// <remarks>
    /// For C = A B: dL/dA = dL/dC B^T and dL/dB = A^T dL/dC.
    /// </remarks>
    public Tensor MatMul(Tensor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Columns != other.Rows)
        {
            throw new ArgumentException(
                $"MatMul: {Shape} x {other.Shape} needs the left operand's columns ({Columns}) to equal the right operand's rows ({other.Rows}).");
        }

        var (a, b) = (this, other);
        var c = NewMatrix(Rows, b.Columns);
        a.Data.Multiply(b.Data, c);                         // C = A B
        return FromOp(c, "matmul", [a, b], r =>
        {
            a.Accumulate(r.Grad.Times(b.Data.T()));         // dL/dA += dL/dC B^T
            b.Accumulate(a.Data.T().Times(r.Grad));         // dL/dB += A^T dL/dC
        });
    }

    /// <summary>The transpose: (N, D) -> (D, N).</summary>
    /// <remarks>The gradient of a transpose is the transposed gradient.</remarks>
    public Tensor Transpose()
    {
        var a = this;
        return FromOp(Data.Transpose(), "T", [a], r => a.Accumulate(r.Grad.Transpose()));
    }

    /// <summary>Same values read row by row into a (rows x columns) shape (row-major order, as in PyTorch).</summary>
    /// <remarks>The gradient is reshaped back the same way.</remarks>
    public Tensor Reshape(int rows, int columns)
    {
        if (rows * columns != Rows * Columns)
        {
            throw new ArgumentException($"Reshape: cannot view {Shape} ({Rows * Columns} values) as ({rows}, {columns}) ({rows * columns} values).");
        }

        var a = this;
        var data = Matrix<double>.Build.Dense(rows, columns);
        Copy(Data, data);
        return FromOp(data, "reshape", [a], r =>
        {
            var g = Matrix<double>.Build.Dense(a.Rows, a.Columns);
            Copy(r.Grad, g);
            a.Accumulate(g);
        });
    }

    private static void Copy(Matrix<double> from, Matrix<double> to)
    {
        for (var k = 0; k < from.RowCount * from.ColumnCount; k++)
        {
            to[k / to.ColumnCount, k % to.ColumnCount] = from[k / from.ColumnCount, k % from.ColumnCount];
        }
    }
}
