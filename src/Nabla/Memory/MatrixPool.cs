using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Matrices handed back by finished <see cref="TrainingStep"/>s, by shape, ready for the next step: one pool per
/// thread, so a step never waits for another thread and never shares a matrix with one.
/// </summary>
/// <remarks>
/// A training step makes the same matrices every time (the same batch size, the same layers), so after the first
/// step every request finds a matrix of its shape here and nothing new is allocated. A matrix comes back with the
/// numbers its last user left in it: whoever rents one writes every entry, or clears it first.
/// </remarks>
internal sealed class MatrixPool
{
    [ThreadStatic]
    private static MatrixPool? ofThisThread;

    private readonly Dictionary<(int Rows, int Columns), Stack<Matrix<double>>> free = [];
    private readonly Stack<List<Tensor>> tensorLists = new();
    private readonly Stack<List<Matrix<double>>> matrixLists = new();

    /// <summary>The calling thread's pool.</summary>
    public static MatrixPool OfThisThread => ofThisThread ??= new MatrixPool();

    /// <summary>A dense (rows x columns) matrix, old numbers and all.</summary>
    public Matrix<double> Rent(int rows, int columns) =>
        free.TryGetValue((rows, columns), out var stack) && stack.TryPop(out var m) ? m : Matrix<double>.Build.Dense(rows, columns);

    /// <summary>Takes back a matrix nobody uses any more.</summary>
    public void Return(Matrix<double> m)
    {
        var shape = (m.RowCount, m.ColumnCount);
        if (!free.TryGetValue(shape, out var stack))
        {
            free[shape] = stack = new Stack<Matrix<double>>();
        }

        stack.Push(m);
    }

    /// <summary>An empty list for a step's tensors (lists are reused too: a step allocates nothing once warm).</summary>
    public List<Tensor> TakeTensorList() => tensorLists.TryPop(out var list) ? list : [];

    /// <summary>An empty list for a step's rented matrices.</summary>
    public List<Matrix<double>> TakeMatrixList() => matrixLists.TryPop(out var list) ? list : [];

    /// <summary>Gives back the lists of a finished step, emptied.</summary>
    public void GiveBack(List<Tensor> tensors, List<Matrix<double>> matrices)
    {
        tensors.Clear();
        matrices.Clear();
        tensorLists.Push(tensors);
        matrixLists.Push(matrices);
    }
}
