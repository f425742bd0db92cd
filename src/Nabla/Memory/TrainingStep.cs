using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// One step of a training loop whose tensors live in memory that the next step reuses: open it at the top of
/// the loop body with <c>using var step = new TrainingStep();</c>. Optional: a loop without it computes exactly
/// the same numbers, but makes every matrix of every step anew.
/// </summary>
/// <remarks>
/// <para>A step of the same network on batches of the same size makes the same matrices every time: the
/// layers' outputs, their gradients, the batch itself. Made anew, they cost the garbage collector more than the
/// arithmetic (a batch of 64 Fashion-MNIST images is 401 KB, over .NET's 85,000-byte limit for the large-object
/// heap, whose memory the runtime returns to the system and faults in again). Inside a step they are rented
/// from a per-thread pool instead, and handed back when the step ends, so a warm step allocates almost nothing
/// (see src/Nabla/Memory/README.md). <see cref="Trainer.Fit"/> runs every step this way.</para>
/// <para>What ends with the step: every tensor an operation made inside it, and a batch from
/// <see cref="Dataset.Batches"/> that an operation inside it used. Reading one afterwards throws an
/// <see cref="InvalidOperationException"/> that says so; it never shows another step's numbers. Keep what you
/// need while the step is open: a number with <see cref="Tensor.Item"/>, a copy with <see cref="Tensor.Detach"/>.
/// Parameters, their gradients, the optimizer's state and tensors made before the step are not affected.</para>
/// <para>Steps nest (an inner step ends before its outer one) and belong to the thread that opened them.</para>
/// </remarks>
public sealed class TrainingStep : IDisposable
{
    [ThreadStatic]
    private static TrainingStep? open;

    private readonly TrainingStep? outer;
    private readonly MatrixPool pool = MatrixPool.OfThisThread;
    private readonly List<Tensor> tensors;
    private readonly List<Matrix<double>> rented;
    private bool ended;

    /// <summary>Opens a step on this thread: from now until <see cref="Dispose"/>, operations rent their results.</summary>
    public TrainingStep()
    {
        tensors = pool.TakeTensorList();
        rented = pool.TakeMatrixList();
        outer = open;
        open = this;
    }

    /// <summary>The innermost open step on this thread, or null.</summary>
    internal static TrainingStep? Open => open;

    /// <summary>A (rows x columns) matrix from the pool, returned when the step ends; its old numbers are still in it.</summary>
    internal Matrix<double> Rent(int rows, int columns)
    {
        var m = pool.Rent(rows, columns);
        rented.Add(m);
        return m;
    }

    /// <summary>Records a tensor that ends with this step.</summary>
    internal void Own(Tensor tensor) => tensors.Add(tensor);

    /// <summary>Records a matrix rented outside any step (a batch's) that comes back to the pool with this step.</summary>
    internal void Adopt(Matrix<double> m) => rented.Add(m);

    /// <summary>Ends the step: its tensors are released and their matrices go back to the pool for the next step.</summary>
    /// <exception cref="InvalidOperationException">An inner step is still open, or another thread opened this one.</exception>
    public void Dispose()
    {
        if (ended)
        {
            return;
        }

        if (open != this)
        {
            throw new InvalidOperationException(open is null
                ? "TrainingStep.Dispose: this step belongs to another thread; end it on the thread that opened it."
                : "TrainingStep.Dispose: an inner step opened after this one is still open; end the inner step first.");
        }

        foreach (var tensor in tensors)
        {
            tensor.Release();
        }

        foreach (var m in rented)
        {
            pool.Return(m);
        }

        pool.GiveBack(tensors, rented);
        open = outer;
        ended = true;
    }
}
