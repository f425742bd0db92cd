using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Tensor
{
    /// <summary>The sum of all entries, as a 1x1 tensor.</summary>
    /// <remarks>d(sum)/dx_ij = 1: the upstream gradient is copied to every entry.</remarks>
    public Tensor Sum()
    {
        var a = this;
        var data = Matrix<double>.Build.Dense(1, 1, Data.Enumerate().Sum());
        return FromOp(data, "sum", [a], r => a.Accumulate(Matrix<double>.Build.Dense(a.Rows, a.Columns, r.Grad[0, 0])));
    }

    /// <summary>
    /// Sums along one dimension, as PyTorch's <c>sum(dim, keepdim=True)</c>:
    /// dim 0 adds the rows together, (N, D) -> (1, D) (one total per feature);
    /// dim 1 adds across each row, (N, D) -> (N, 1) (one total per example).
    /// </summary>
    /// <remarks>The backward pass copies each total's gradient back to every entry that was added into it.</remarks>
    public Tensor Sum(int dim)
    {
        var a = this;
        return dim switch
        {
            0 => FromOp(Entrywise.ColumnSums(Data), "sum0", [a], r => a.Accumulate(Broadcast.To(r.Grad, a.Rows, a.Columns))),
            1 => FromOp(Entrywise.RowSums(Data), "sum1", [a], r => a.Accumulate(Broadcast.To(r.Grad, a.Rows, a.Columns))),
            _ => throw new ArgumentOutOfRangeException(nameof(dim), dim, "Sum(dim) expects dim 0 (over rows) or 1 (over columns)."),
        };
    }

    /// <summary>The mean of all entries, as a 1x1 tensor (composed: sum / count).</summary>
    public Tensor Mean() => Sum() / (Rows * Columns);

    /// <summary>The mean along one dimension: dim 0 gives (1, D), dim 1 gives (N, 1) (composed: sum / count).</summary>
    public Tensor Mean(int dim) => Sum(dim) / (dim == 0 ? Rows : Columns);

    /// <summary>
    /// The largest entry of each row as an (N, 1) CONSTANT (no gradient flows through it).
    /// Used to shift logits before exponentiating, which changes nothing mathematically but avoids overflow.
    /// </summary>
    public Tensor RowMaxConstant()
    {
        return new Tensor(Entrywise.RowMaxima(Data));
    }

    /// <summary>The index of the largest entry of each row: the predicted class of each example.</summary>
    /// <remarks>
    /// Ties go to the first index. As in PyTorch, NaN counts as larger than every number: a row holding NaN
    /// gives the index of its first NaN, so a broken output never looks like a confident class.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The tensor has no columns (there is nothing to pick).</exception>
    public int[] ArgMax()
    {
        if (Columns == 0 && Rows > 0)
        {
            throw new InvalidOperationException($"ArgMax expects at least one column to pick from, got shape {Shape}.");
        }

        var result = new int[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var best = 0;
            for (var j = 0; j < Columns; j++)
            {
                var v = Data[i, j];
                if (double.IsNaN(v))
                {
                    best = j;
                    break;
                }

                if (v > Data[i, best])
                {
                    best = j;
                }
            }

            result[i] = best;
        }

        return result;
    }
}
