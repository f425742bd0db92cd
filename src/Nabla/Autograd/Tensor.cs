using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// A 2-D array of numbers that remembers how it was computed, so that gradients can flow back
/// through it. Rows are examples (N), columns are features (D); a loss is a 1x1 tensor.
/// </summary>
/// <remarks>
/// Every operation computes its result with MathNet and registers a small backward closure that
/// ADDS the operation's local derivative times the upstream gradient into its parents'
/// <see cref="Grad"/>. <see cref="Backward"/> visits the graph in reverse topological order and
/// runs those closures: that is reverse-mode automatic differentiation, i.e. the chain rule
/// applied node by node. Taught in notebooks 00 and 03.
/// </remarks>
public sealed partial class Tensor
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private readonly Tensor[] parents;
    private Action? backward;
    private Matrix<double>? grad;

    /// <summary>Wraps a matrix as a leaf tensor (a parameter or an input). The matrix is used as is, not copied.</summary>
    /// <param name="data">The values, shape (rows, columns).</param>
    /// <param name="requiresGrad">
    /// False (the default) for a constant, such as a batch of data, targets or a mask: no gradient is computed
    /// for it, which saves the work and memory of one. True for anything you want dLoss/dThis of: parameters
    /// (<see cref="Linear"/> makes its own so), or the variables of notebook 03. As in PyTorch, where
    /// <c>torch.tensor(x)</c> is a constant and <c>torch.tensor(x, requires_grad=True)</c> a variable.
    /// </param>
    public Tensor(Matrix<double> data, bool requiresGrad = false)
        : this(data, "leaf", [], requiresGrad)
    {
    }

    private Tensor(Matrix<double> data, string op, Tensor[] parents, bool requiresGrad)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.data = data;
        Op = op;
        this.parents = parents;
        RequiresGrad = requiresGrad;
    }

    private readonly Matrix<double> data;

    /// <summary>The values. Optimizers update it in place.</summary>
    /// <exception cref="InvalidOperationException">The tensor ended with its <see cref="TrainingStep"/>.</exception>
    public Matrix<double> Data => released ? throw Released() : data;

    /// <summary>dLoss/dThis after <see cref="Backward"/>; same shape as <see cref="Data"/>. Accumulates until <see cref="ZeroGrad"/>.</summary>
    /// <remarks>Zeros until a gradient arrives (the matrix is only made when first needed), and always zeros for a constant.</remarks>
    public Matrix<double> Grad
    {
        get
        {
            if (released)
            {
                throw Released();
            }

            if (grad is null)
            {
                grad = NewGradient();
                grad.Clear();
            }

            return grad;
        }
    }

    /// <summary>
    /// Whether gradients flow to this tensor. A leaf says so when it is made; the result of an operation
    /// requires a gradient when any of its operands does, so a computation on constants only builds no backward pass.
    /// </summary>
    public bool RequiresGrad { get; }

    /// <summary>Name of the operation that produced this tensor ("leaf" for inputs and parameters).</summary>
    public string Op { get; }

    /// <summary>An optional name shown in printouts and graph drawings (for example "W1").</summary>
    public string? Label { get; set; }

    /// <summary>The tensors this one was computed from (empty for a leaf).</summary>
    public IReadOnlyList<Tensor> Parents => parents;

    /// <summary>True for inputs and parameters: tensors not computed by an operation.</summary>
    public bool IsLeaf => parents.Length == 0;

    /// <summary>Number of rows (examples).</summary>
    public int Rows => data.RowCount;

    /// <summary>Number of columns (features).</summary>
    public int Columns => data.ColumnCount;

    /// <summary>The shape (rows, columns); it prints as "(rows, columns)", and <c>var (rows, columns) = t.Shape;</c> takes it apart.</summary>
    public Shape Shape => new(Rows, Columns);

    /// <summary>The single number held by a 1x1 tensor (a loss, for instance).</summary>
    /// <exception cref="InvalidOperationException">The tensor is not 1x1.</exception>
    public double Item()
    {
        if (Rows != 1 || Columns != 1)
        {
            throw new InvalidOperationException($"Item() expects a 1x1 tensor, got shape {Shape}.");
        }

        return Data[0, 0];
    }

    /// <summary>Creates the result of an operation and attaches its backward rule.</summary>
    /// <param name="data">The forward value.</param>
    /// <param name="op">Operation name, for printouts and graph drawings.</param>
    /// <param name="parents">The operands.</param>
    /// <param name="backward">Given the result (whose Grad is filled), adds into each parent's Grad.</param>
    internal static Tensor FromOp(Matrix<double> data, string op, Tensor[] parents, Action<Tensor> backward)
    {
        var result = new Tensor(data, op, parents, Array.Exists(parents, p => p.RequiresGrad));
        result.JoinOpenStep();
        if (result.RequiresGrad)
        {
            result.backward = () => backward(result);
        }

        return result;
    }

    /// <summary>Adds <paramref name="gradient"/> into <see cref="Grad"/> (gradients accumulate); a constant ignores it.</summary>
    internal void Accumulate(Matrix<double> gradient)
    {
        if (!RequiresGrad)
        {
            return;
        }

        if (grad is null)
        {
            grad = NewGradient();
            gradient.CopyTo(grad);          // the first gradient to arrive: 0 + gradient
        }
        else
        {
            grad.Add(gradient, grad);
        }
    }

    /// <summary>A short description: shape, operation and (for small tensors) the values; "(empty)" when a size is 0.</summary>
    public override string ToString()
    {
        var name = Label is null ? "Tensor" : $"Tensor '{Label}'";
        if (released)
        {
            return $"{name} {Shape} op={Op} (ended with its TrainingStep)";
        }

        var values = Rows == 0 || Columns == 0 ? " (empty)"                 // MathNet cannot print a matrix without entries
            : Rows * Columns <= 64 ? Environment.NewLine + Data.ToMatrixString() : "";
        return $"{name} {Shape} op={Op}{values}";
    }
}
