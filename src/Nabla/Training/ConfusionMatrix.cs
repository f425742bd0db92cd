namespace Nabla;

/// <summary>
/// Which classes a classifier mixes up: a table whose entry [a, p] counts the examples of actual class a that
/// were predicted as class p. The diagonal holds the correct predictions, each row sums to the number of
/// examples of its class. Notebook 09 (shirts taken for T-shirts, pullovers for coats).
/// </summary>
public static class ConfusionMatrix
{
    /// <summary>Counts (actual, predicted) pairs: result[a, p] = number of i with actual[i] = a and predicted[i] = p.</summary>
    /// <param name="actual">The true class of each example, in 0..classes-1.</param>
    /// <param name="predicted">The predicted class of each example, in 0..classes-1 (e.g. <see cref="Trainer.PredictedClasses"/>).</param>
    /// <param name="classes">The number of classes K, at least 1; the result is K x K.</param>
    /// <returns>The K x K counts, rows = actual class, columns = predicted class.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, or a class lies outside 0..classes-1.</exception>
    public static int[,] Count(int[] actual, int[] predicted, int classes)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, $"ConfusionMatrix.Count expects at least 1 class, got {classes}.");
        }

        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException(
                $"ConfusionMatrix.Count expects one prediction per example, got {actual.Length} actual and {predicted.Length} predicted classes.",
                nameof(predicted));
        }

        var counts = new int[classes, classes];
        for (var i = 0; i < actual.Length; i++)
        {
            CheckClass(actual[i], classes, i, nameof(actual));
            CheckClass(predicted[i], classes, i, nameof(predicted));
            counts[actual[i], predicted[i]]++;
        }

        return counts;
    }

    private static void CheckClass(int value, int classes, int index, string name)
    {
        if (value < 0 || value >= classes)
        {
            throw new ArgumentException($"ConfusionMatrix.Count expects {name} classes in 0..{classes - 1}, found {value} at index {index}.", name);
        }
    }
}
