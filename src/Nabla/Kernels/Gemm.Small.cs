using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nabla;

internal static partial class Gemm
{
    /// <summary>
    /// The textbook triple loop C[i, j] = alpha sum_p op(A)[i, p] op(B)[p, j] + beta C[i, j], for products
    /// too small for packing to pay off (a few thousand multiply-adds at most).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Small<T>(T alpha, Operand<T> a, Operand<T> b, T beta, Operand<T> c, int m, int n, int k)
        where T : unmanaged, INumber<T>
    {
        int aColumn = a.ColumnStride, bRow = b.RowStride;   // steps along p in op(A) and op(B)
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                var sum = T.Zero;
                int ai = a.Index(i, 0), bj = b.Index(0, j);
                for (var p = 0; p < k; p++)
                {
                    sum += a.Data[ai + p * aColumn] * b.Data[bj + p * bRow];
                }

                ref var cij = ref c.Data[c.Index(i, j)];
                cij = beta == T.Zero ? alpha * sum : alpha * sum + beta * cij;
            }
        }
    }
}
