using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial class Trainer
{
    /// <summary>The mean loss and accuracy of <see cref="Model"/> on <paramref name="data"/>, in evaluation mode.</summary>
    public Evaluation Evaluate(Dataset data) => Evaluate(Model, data, LossFunction, BatchSize, Classify);

    /// <summary>
    /// The mean loss and (for classification) accuracy of <paramref name="model"/> on <paramref name="data"/>,
    /// in evaluation mode (dropout off), batch by batch; the model's mode is restored afterwards.
    /// </summary>
    /// <param name="model">The model to measure.</param>
    /// <param name="data">The examples.</param>
    /// <param name="loss">A batch loss that is a mean over the batch (the batch means are weighted by batch size).</param>
    /// <param name="batchSize">Examples per forward pass (only affects memory, not the result).</param>
    /// <param name="classify">Outputs to classes; null for <see cref="PredictedClasses"/>.</param>
    public static Evaluation Evaluate(Module model, Dataset data, TrainingLoss loss, int batchSize = 256, Func<Tensor, int[]>? classify = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        var wasTraining = model.IsTraining;
        model.Eval();
        try
        {
            double lossSum = 0;
            var correct = 0;
            foreach (var batch in data.Batches(batchSize))
            {
                using var memory = new TrainingStep();          // no gradients here, but the same reuse of memory
                var output = model.Forward(batch.X);
                lossSum += CheckedLoss(loss, output, batch).Item() * batch.Count;
                if (batch.Labels is { } labels)
                {
                    correct += CountCorrect(output, labels, classify);
                }
            }

            return new Evaluation(lossSum / data.Count, data.IsClassification ? (double)correct / data.Count : null, data.Count);
        }
        finally
        {
            if (wasTraining)
            {
                model.Train();
            }
        }
    }

    /// <summary>The model's outputs for inputs <paramref name="X"/> (N, D), in evaluation mode, as a new constant leaf tensor (N, K).</summary>
    public static Tensor Predict(Module model, Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(X);
        var wasTraining = model.IsTraining;
        model.Eval();
        try
        {
            return model.Forward(new Tensor(X)).Detach();
        }
        finally
        {
            if (wasTraining)
            {
                model.Train();
            }
        }
    }

    /// <summary>
    /// The predicted class of each row of outputs (N, K): the arg-max for K &gt; 1; for a single column of
    /// logits (binary classification with BCE-with-logits), 1 when the logit is &gt; 0 (probability &gt; 0.5).
    /// </summary>
    public static int[] PredictedClasses(Tensor output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Columns > 1 ? output.ArgMax() : Enumerable.Range(0, output.Rows).Select(i => output.Data[i, 0] > 0 ? 1 : 0).ToArray();
    }

    private Tensor ComputeLoss(Tensor output, Batch batch) => CheckedLoss(LossFunction, output, batch);

    private int CountCorrect(Tensor output, int[] labels) => CountCorrect(output, labels, Classify);

    private static int CountCorrect(Tensor output, int[] labels, Func<Tensor, int[]>? classify)
    {
        var predicted = (classify ?? PredictedClasses)(output);
        var correct = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }

        return correct;
    }

    private static Tensor CheckedLoss(TrainingLoss loss, Tensor output, Batch batch)
    {
        var value = loss(output, batch);
        if (value.Rows != 1 || value.Columns != 1)
        {
            throw new InvalidOperationException($"The training loss must be a 1x1 tensor (reduce it with Mean()), got shape {value.Shape}.");
        }

        return value;
    }
}
