namespace Nabla;

/// <summary>
/// A piece of a network: a function <see cref="Forward"/> from a batch (N, D_in) to a batch (N, D_out),
/// together with the parameters it learns. Layers, activations and whole networks are all modules.
/// </summary>
/// <remarks>
/// Parameters are listed explicitly by each module (no reflection), in a fixed order that optimizers,
/// <see cref="ZeroGrad"/> and model files rely on. A module is either training (dropout active) or
/// evaluating (deterministic); <see cref="Train"/> and <see cref="Eval"/> switch the module and every
/// module it contains. New modules start in training mode, as in PyTorch. Notebook 01 builds the first networks.
/// </remarks>
public abstract class Module
{
    /// <summary>Computes the output for a batch of inputs, recording the operations for backprop.</summary>
    /// <param name="x">Inputs, one example per row: (N, D_in).</param>
    /// <returns>Outputs, one row per example: (N, D_out).</returns>
    public abstract Tensor Forward(Tensor x);

    /// <summary>
    /// <paramref name="x"/> itself, after checking that it is not null (an <see cref="ArgumentNullException"/> naming x):
    /// the first step of a <see cref="Forward"/> that only hands x on.
    /// </summary>
    protected static Tensor Input(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x;
    }

    /// <summary>The tensors this module learns, in a fixed order (empty for an activation).</summary>
    /// <remarks>
    /// Each is made with <c>requiresGrad: true</c> (as <see cref="Linear"/> makes W and b): an optimizer refuses a constant.
    /// </remarks>
    public virtual IEnumerable<Tensor> Parameters() => [];

    /// <summary>The modules directly inside this one (empty for a single layer); used to propagate the mode.</summary>
    public virtual IEnumerable<Module> Children() => [];

    /// <summary>True in training mode (dropout drops units), false in evaluation mode.</summary>
    public bool IsTraining { get; private set; } = true;

    /// <summary>Puts this module and every module inside it in training mode.</summary>
    public void Train() => SetMode(true);

    /// <summary>Puts this module and every module inside it in evaluation mode (dropout becomes the identity).</summary>
    public void Eval() => SetMode(false);

    /// <summary>Sets every parameter's gradient to zero.</summary>
    public void ZeroGrad()
    {
        foreach (var p in Parameters())
        {
            p.ZeroGrad();
        }
    }

    /// <summary>The number of learned numbers (the sum of the parameters' sizes).</summary>
    public int ParameterCount() => Parameters().Sum(p => p.Rows * p.Columns);

    /// <summary>A short description in PyTorch's style, e.g. "Relu()".</summary>
    public override string ToString() => $"{GetType().Name}()";

    private void SetMode(bool training)
    {
        IsTraining = training;
        foreach (var child in Children())
        {
            child.SetMode(training);
        }
    }
}
