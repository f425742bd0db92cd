using System.Globalization;

namespace Nabla;

public sealed partial class Trainer
{
    /// <summary>An epoch's mean loss above this many times the first batch's loss (or 1, if larger) is an explosion.</summary>
    private const double LossGrowthLimit = 1e3;

    /// <summary>A largest |w| above this many times its starting value (or 1, if larger), with no fall in the loss, is an explosion.</summary>
    private const double WeightGrowthLimit = 1e4;

    /// <summary>What one <see cref="Fit"/> remembers to notice divergence: where it started and the last finite loss.</summary>
    /// <param name="startMaxWeight">The largest |w| before the first step.</param>
    private sealed class Run(double startMaxWeight)
    {
        /// <summary>max |w| over all parameters before training.</summary>
        public double StartMaxWeight { get; } = startMaxWeight;

        /// <summary>The loss of the very first batch (NaN until then): the reference an explosion is measured against.</summary>
        public double FirstLoss { get; private set; } = double.NaN;

        /// <summary>The loss of the last step taken (NaN before the first): its gradients are still in Grad.</summary>
        public double PreviousLoss { get; private set; } = double.NaN;

        /// <summary>Records a step taken with a finite loss.</summary>
        public void Stepped(double loss)
        {
            FirstLoss = double.IsNaN(FirstLoss) ? loss : FirstLoss;
            PreviousLoss = loss;
        }
    }

    /// <summary>
    /// The exception for a loss that became NaN or infinite, with the most specific cause found. Runs only when that
    /// happened, so it may scan everything: the batch, every gradient of the step before, every weight, the outputs.
    /// </summary>
    private TrainingDivergedException Diverged(int epoch, int step, int steps, double loss, Batch batch, Tensor output, Run run)
    {
        TrainingDivergedException Because(DivergenceCause cause, string finding) =>
            new(epoch, step, steps, loss, Optimizer.LearningRate, cause, finding);

        if (Entries.FirstNonFinite(batch.X.Data) is { } x)
        {
            return Because(DivergenceCause.NonFiniteBatch, $"Cause: the batch's inputs hold {x.ValueText} {x.Where} of the batch: fix or remove that value in the data.");
        }

        if (Entries.FirstNonFinite(batch.Y.Data) is { } y)
        {
            return Because(DivergenceCause.NonFiniteBatch, $"Cause: the batch's targets hold {y.ValueText} {y.Where} of the batch: fix or remove that value in the data.");
        }

        string? gradient = null, weight = null;
        foreach (var p in Optimizer.Parameters)
        {
            if (gradient is null && !double.IsNaN(run.PreviousLoss) && Entries.FirstNonFinite(p.Grad) is { } g)
            {
                gradient = $"the gradient of parameter {NameOf(p)} was {g.ValueText} {g.Where}";
            }
        }

        foreach (var p in Model.Parameters())
        {
            if (weight is null && Entries.FirstNonFinite(p.Data) is { } w)
            {
                weight = $"parameter {NameOf(p)} holds {w.ValueText} {w.Where}";
            }
        }

        if (gradient is not null)
        {
            return Because(DivergenceCause.NonFiniteGradient,
                $"Cause: at the step before, whose loss was still finite ({Short(run.PreviousLoss)}), {gradient}: a derivative is infinite or " +
                $"undefined at the point reached (a square root or fractional power at 0, a log or a division at 0){(weight is null ? "." : $", and the update carried it into the weights: now {weight}.")}");
        }

        if (weight is not null)
        {
            return Because(DivergenceCause.NonFiniteParameter,
                $"Cause: {weight}, although the gradients of the step before were finite: that update overshot.");
        }

        return Because(DivergenceCause.NonFiniteLoss, Entries.FirstNonFinite(output.Data) is { } o
            ? $"The batch and every weight are finite, but the model's output holds {o.ValueText} {o.Where}: the forward pass overflowed (weights or inputs too large)."
            : "The batch, every weight and the model's outputs are finite: the loss function itself produced it (a log of 0? a division by 0?).");
    }

    /// <summary>
    /// Stops a run whose loss or weights exploded while staying finite (checked once per epoch, one pass over the weights).
    /// The limits are relative to the start, with a floor of 1 so that a loss or weights starting near 0 do not trip them.
    /// </summary>
    private void RequireNoExplosion(int epoch, int steps, double meanLoss, Run run, Tensor[] parameters)
    {
        if (meanLoss > LossGrowthLimit * Math.Max(run.FirstLoss, 1.0))
        {
            throw new TrainingDivergedException(epoch, steps, steps, meanLoss, Optimizer.LearningRate, DivergenceCause.ExplodingLoss,
                $"the loss grew from {Short(run.FirstLoss)} (first batch) to {Short(meanLoss)} (this epoch's mean), more than " +
                $"{LossGrowthLimit:0}x, although it stayed finite.");
        }

        var (max, where) = MaxAbsWeight(parameters);
        if (max > WeightGrowthLimit * Math.Max(run.StartMaxWeight, 1.0) && meanLoss >= run.FirstLoss)
        {
            throw new TrainingDivergedException(epoch, steps, steps, meanLoss, Optimizer.LearningRate, DivergenceCause.ExplodingWeights,
                $"the weights grew from max |w| = {Short(run.StartMaxWeight)} to {Short(max)} (in parameter {(where is null ? "?" : NameOf(where))}), " +
                $"more than {WeightGrowthLimit:0}x, while the loss did not fall ({Short(run.FirstLoss)} at the first batch, {Short(meanLoss)} this epoch).");
        }
    }

    /// <summary>The largest |w| over all parameters and the parameter that holds it (null when there are no weights).</summary>
    private static (double Value, Tensor? Where) MaxAbsWeight(Tensor[] parameters)
    {
        var (max, where) = (0.0, (Tensor?)null);
        foreach (var p in parameters)
        {
            var m = Entries.MaxAbs(p.Data);
            if (m > max || double.IsNaN(m))
            {
                (max, where) = (m, p);
            }
        }

        return (max, where);
    }

    /// <summary>How a message names a parameter: "0.W (2, 16)" in a <see cref="Sequential"/>, else its position and label, "#0 'W' (2, 16)".</summary>
    private string NameOf(Tensor p)
    {
        if (Model is Sequential s && ModelFile.NamedParameters(s, "").FirstOrDefault(n => ReferenceEquals(n.Tensor, p)).Name is { } name)
        {
            return $"{name} {p.Shape}";
        }

        var k = Model.Parameters().TakeWhile(q => !ReferenceEquals(q, p)).Count();
        return $"#{k}{(p.Label is { } l ? $" '{l}'" : "")} {p.Shape}";
    }

    /// <summary>A number in three significant digits, with a short exponent: 2.3, 0.000125, 2.5e5, 1.4e13.</summary>
    private static string Short(double v) => v.ToString("G3", CultureInfo.InvariantCulture)
        .Replace("E+0", "e", StringComparison.Ordinal).Replace("E+", "e", StringComparison.Ordinal)
        .Replace("E-0", "e-", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
}
