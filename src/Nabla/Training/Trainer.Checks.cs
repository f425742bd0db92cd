namespace Nabla;

public sealed partial class Trainer
{
    /// <summary>
    /// Returns <paramref name="optimizer"/> if every tensor it updates is one of <paramref name="model"/>'s parameters.
    /// An optimizer made for another model would step that model's weights while this one never changes: the run
    /// would look normal and learn nothing. (Updating only some of the model's parameters is fine: the rest stay frozen.)
    /// </summary>
    private static Optimizer RequireOptimizerOf(Module model, Optimizer optimizer)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        var own = new HashSet<Tensor>(model.Parameters(), ReferenceEqualityComparer.Instance);
        for (var k = 0; k < optimizer.Parameters.Count; k++)
        {
            var p = optimizer.Parameters[k];
            if (!own.Contains(p))
            {
                throw new ArgumentException(
                    $"Trainer expects an optimizer over the model's parameters, found optimizer parameter {k}{(p.Label is { } l ? $" '{l}'" : "")} {p.Shape} " +
                    $"that is not one of the model's {own.Count} parameter tensors: its steps would train another model. " +
                    "Create the optimizer from this model, e.g. new Sgd(model.Parameters(), lr: 0.1).", nameof(optimizer));
            }
        }

        return optimizer;
    }

    private void CheckConfiguration(Dataset train, Dataset? validation)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (Epochs < 1 || BatchSize < 1 || Patience < 1)
        {
            throw new InvalidOperationException(
                $"Trainer expects Epochs >= 1, BatchSize >= 1 and Patience >= 1 (or null), got Epochs {Epochs}, BatchSize {BatchSize}, Patience {Patience?.ToString() ?? "null"}.");
        }

        if (train.Count == 0)
        {
            throw new ArgumentException("Trainer.Fit expects at least one training example, got an empty dataset.", nameof(train));
        }

        if ((KeepBest || Patience is not null) && validation is null)
        {
            throw new InvalidOperationException(
                "KeepBest and Patience watch the validation loss: pass a validation dataset to Fit(train, validation), got none.");
        }
    }

    /// <summary>
    /// Throws when an input (or, for regression, a target) of <paramref name="data"/> is NaN or infinite, naming the
    /// dataset, the row and the column. One such value spreads through every weight it touches: the first layer's
    /// weights become NaN and accuracy drops to chance, so it is refused before training starts (one pass over the data).
    /// </summary>
    private static void RequireFinite(Dataset data, string name, string parameter)
    {
        if (Entries.FirstNonFinite(data.X) is { } x)
        {
            throw new ArgumentException($"Trainer.Fit expects finite inputs, found {x.ValueText} in the {name} inputs {x.Where}.", parameter);
        }

        if (!data.IsClassification && Entries.FirstNonFinite(data.Y) is { } y)
        {
            throw new ArgumentException($"Trainer.Fit expects finite targets, found {y.ValueText} in the {name} targets {y.Where}.", parameter);
        }
    }
}
