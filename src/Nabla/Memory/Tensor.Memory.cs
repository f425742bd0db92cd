using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>Where a tensor's matrices come from inside a <see cref="TrainingStep"/> (src/Nabla/Memory/README.md).</summary>
public sealed partial class Tensor
{
    /// <summary>The step this tensor ends with, or null for a tensor that lives as long as someone holds it.</summary>
    private TrainingStep? step;

    /// <summary>Set when <see cref="step"/> ended: the matrices are back in the pool and reading them throws.</summary>
    private bool released;

    /// <summary>
    /// For a batch from <see cref="Dataset.Batches"/>: its matrix came from the pool, and the first step that uses
    /// it takes it (with <see cref="batchPartner"/>, the batch's other tensor) and returns the matrix when it ends.
    /// </summary>
    private bool adoptable;

    private Tensor? batchPartner;

    /// <summary>
    /// A (rows x columns) matrix for an operation's result: rented from the open <see cref="TrainingStep"/> if there
    /// is one, new otherwise. A rented matrix still holds an earlier step's numbers: the caller writes every entry.
    /// </summary>
    internal static Matrix<double> NewMatrix(int rows, int columns) =>
        TrainingStep.Open?.Rent(rows, columns) ?? M.Dense(rows, columns);

    /// <summary>A batch's two tensors, on matrices rented from this thread's pool, for the step that trains on them to take.</summary>
    internal static (Tensor X, Tensor Y) Batch(Matrix<double> x, Matrix<double> y)
    {
        var (tx, ty) = (new Tensor(x) { adoptable = true }, new Tensor(y) { adoptable = true });
        (tx.batchPartner, ty.batchPartner) = (ty, tx);
        return (tx, ty);
    }

    /// <summary>The pool's matrix for a batch (filled entry by entry by the caller).</summary>
    internal static Matrix<double> BatchMatrix(int rows, int columns) => MatrixPool.OfThisThread.Rent(rows, columns);

    /// <summary>Called for an operation's result: it ends with the open step, and so do the batches it was computed from.</summary>
    private void JoinOpenStep()
    {
        if (TrainingStep.Open is not { } open)
        {
            return;
        }

        step = open;
        open.Own(this);
        foreach (var parent in parents)
        {
            if (parent.adoptable)
            {
                parent.JoinAsBatch(open);
                parent.batchPartner?.JoinAsBatch(open);
            }
        }
    }

    private void JoinAsBatch(TrainingStep open)
    {
        if (!adoptable)
        {
            return;
        }

        adoptable = false;
        step = open;
        open.Own(this);
        open.Adopt(data);
    }

    /// <summary>A matrix for this tensor's gradient: rented when the tensor ends with a step, new otherwise.</summary>
    private Matrix<double> NewGradient() => step?.Rent(Rows, Columns) ?? M.Dense(Rows, Columns);

    /// <summary>Ends this tensor with its step (its matrices are already on their way back to the pool).</summary>
    internal void Release()
    {
        released = true;
        backward = null;
        grad = null;
    }

    private InvalidOperationException Released() => new(
        $"This tensor{(Label is null ? "" : $" '{Label}'")} ({Op}, shape {Shape}) was made inside a TrainingStep that has ended, " +
        "and its memory now holds another step's numbers. Keep what you need while the step is open: a number with Item(), " +
        "a copy with Detach().");
}
