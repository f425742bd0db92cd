using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// Base of every optimizer: holds the parameters, clears their gradients and applies one update per
/// <see cref="Step"/>. Notebook 06 compares the seven optimizers built on it.
/// </summary>
/// <remarks>
/// A training step is: <c>opt.ZeroGrad(); loss = ...; loss.Backward(); opt.Step();</c>.
/// Per-parameter state (velocities, squared-gradient averages, ...) lives in public arrays aligned
/// with <see cref="Parameters"/>, so a notebook can look at it; each step updates those matrices in place.
/// The parameters can be a whole network's or a single 1x2 point on a 2-D surface (to draw an optimizer's trajectory).
/// </remarks>
public abstract class Optimizer
{
    /// <summary>Per parameter, the matrix that holds g + weightDecay * p (see <see cref="WithWeightDecay"/>).</summary>
    private Matrix<double>?[]? decayedGradients;

    /// <summary>Backing field of <see cref="LearningRate"/>, checked when set.</summary>
    private double learningRate;

    /// <summary>Stores the parameters to update and the learning rate.</summary>
    /// <exception cref="ArgumentException">
    /// No parameters, or a parameter that is null or does not require a gradient (a constant would never move).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite learning rate (every bad hyper-parameter value throws this).</exception>
    protected Optimizer(IEnumerable<Tensor> parameters, double lr)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters.ToArray();
        if (Parameters.Count == 0)
        {
            throw new ArgumentException("An optimizer needs at least one parameter tensor, got none.", nameof(parameters));
        }

        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i] ?? throw new ArgumentException($"{GetType().Name} expects parameter tensors, got null at position {i}.", nameof(parameters));
            if (!p.RequiresGrad)
            {
                throw new ArgumentException(
                    $"{GetType().Name} expects tensors that require gradients (parameters); tensor {i} of shape {p.Shape} does not: " +
                    "make it with requiresGrad: true.", nameof(parameters));
            }
        }

        LearningRate = lr;
    }

    /// <summary>The tensors this optimizer updates, in order; state arrays use the same order.</summary>
    public IReadOnlyList<Tensor> Parameters { get; }

    /// <summary>The step size lr (may be changed between steps, e.g. by a schedule).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative or non-finite value.</exception>
    public double LearningRate
    {
        get => learningRate;
        set => learningRate = HyperParameter.LearningRate(GetType().Name, value);
    }

    /// <summary>How many steps have been taken (t in the formulas; the first step is t = 1).</summary>
    public int StepCount { get; private set; }

    /// <summary>Sets every parameter's gradient to zero (gradients accumulate otherwise).</summary>
    public void ZeroGrad()
    {
        for (var i = 0; i < Parameters.Count; i++)      // an index, not foreach: no enumerator object per call
        {
            Parameters[i].ZeroGrad();
        }
    }

    /// <summary>Updates every parameter in place from its current gradient.</summary>
    /// <remarks>
    /// Every optimizer updates its parameters and its state matrices entry by entry where they are, so a step
    /// allocates nothing, however large the network (a 784 x 128 layer is 100,352 numbers, 784 KB per matrix).
    /// </remarks>
    public void Step()
    {
        StepCount++;
        for (var i = 0; i < Parameters.Count; i++)
        {
            Update(i, Parameters[i].Data, Parameters[i].Grad);
        }
    }

    /// <summary>Applies this optimizer's update rule to parameter <paramref name="i"/>.</summary>
    /// <param name="i">Index into <see cref="Parameters"/> and the state arrays.</param>
    /// <param name="p">The parameter's values, updated in place.</param>
    /// <param name="g">The parameter's gradient dL/dp (read only).</param>
    protected abstract void Update(int i, Matrix<double> p, Matrix<double> g);

    /// <summary>p = p + alpha x, in place (no temporary matrix: the step of a large layer allocates nothing).</summary>
    protected static void AddScaled(Matrix<double> p, double alpha, Matrix<double> x) => Kernels.AddScaled(p, alpha, x);

    /// <summary>
    /// The gradient with the L2 penalty (weightDecay / 2) |p|^2 added to the loss: g + weightDecay * p, which pulls every
    /// weight towards 0 (torch.optim's weight_decay). The sum goes into a matrix kept for parameter <paramref name="i"/>
    /// (made at the first step), so neither the gradient is changed nor anything allocated; for weightDecay = 0 it is g itself.
    /// </summary>
    /// <param name="i">Index of the parameter.</param>
    /// <param name="p">The parameter's values.</param>
    /// <param name="g">Its gradient dL/dp.</param>
    /// <param name="weightDecay">The penalty's coefficient, &gt;= 0.</param>
    /// <returns>g + weightDecay * p.</returns>
    protected Matrix<double> WithWeightDecay(int i, Matrix<double> p, Matrix<double> g, double weightDecay)
    {
        if (weightDecay == 0)
        {
            return g;
        }

        decayedGradients ??= new Matrix<double>?[Parameters.Count];
        var decayed = decayedGradients[i] ??= Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        var (sum, pv, gv) = (Values(decayed), Values(p), Values(g));
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] = gv[k] + weightDecay * pv[k];                 // g + weightDecay * p
        }

        return decayed;
    }

    /// <summary>
    /// The entries of a dense matrix, column by column, in the matrix's own storage: writing them updates the matrix.
    /// What the update rules loop over, one line per equation for each entry.
    /// </summary>
    /// <exception cref="NotSupportedException">The matrix is not dense (sparse or diagonal storage).</exception>
    protected static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? throw new NotSupportedException(
        $"Optimizers update parameters in place, entry by entry, and need dense matrices; got a {m.GetType().Name} " +
        $"({m.RowCount}x{m.ColumnCount}): make it with Matrix<double>.Build.Dense or a Tensor factory.");

    /// <summary>A zero matrix per parameter, for state such as velocities.</summary>
    protected Matrix<double>[] ZerosLikeParameters() =>
        Parameters.Select(p => Matrix<double>.Build.Dense(p.Rows, p.Columns)).ToArray();
}
