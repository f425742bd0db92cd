namespace Nabla;

public sealed partial record Dataset
{
    /// <summary>
    /// Splits the examples at random into a training part and a validation part. Notebook 07: the validation
    /// part is never trained on, so its loss shows when the model starts to overfit.
    /// </summary>
    /// <remarks>
    /// The examples are shuffled once with <paramref name="rng"/> (Fisher-Yates), so the same seed gives the
    /// same split. Non-stratified: the first round(fraction N) shuffled examples are the training part.
    /// Stratified (classification only): round(fraction N_c) examples of every class c go to training, so both
    /// parts keep the class proportions. Both parts keep the shuffled order.
    /// </remarks>
    /// <param name="fraction">The fraction of examples for training, strictly between 0 and 1 (e.g. 0.8).</param>
    /// <param name="rng">The seeded source of the shuffle.</param>
    /// <param name="stratified">Keep each class's proportion in both parts (needs labels).</param>
    /// <returns>The training and validation parts, each non-empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">fraction outside (0, 1), or so close to 0 or 1 that a part would be empty.</exception>
    /// <exception cref="ArgumentException">stratified without labels.</exception>
    public (Dataset Train, Dataset Validation) Split(double fraction, Random rng, bool stratified = false)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (!(fraction > 0 && fraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction,
                $"Split expects the training fraction strictly between 0 and 1, got {fraction}.");
        }

        if (stratified && Labels is null)
        {
            throw new ArgumentException("A stratified split needs class labels, got a regression dataset (Labels is null).", nameof(stratified));
        }

        var order = Shuffled(Count, rng);
        var toTrain = new bool[Count];
        if (stratified)
        {
            var labels = Labels!;
            var perClass = labels.GroupBy(l => l).ToDictionary(g => g.Key, g => (int)Math.Round(fraction * g.Count()));
            foreach (var i in order)
            {
                if (perClass[labels[i]] > 0)
                {
                    perClass[labels[i]]--;
                    toTrain[i] = true;
                }
            }
        }
        else
        {
            var trainCount = (int)Math.Round(fraction * Count);
            for (var k = 0; k < trainCount; k++)
            {
                toTrain[order[k]] = true;
            }
        }

        var train = order.Where(i => toTrain[i]).ToArray();
        var validation = order.Where(i => !toTrain[i]).ToArray();
        if (train.Length == 0 || validation.Length == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fraction), fraction,
                $"Split of {Count} examples with fraction {fraction} gives {train.Length} training and {validation.Length} validation examples; expected both non-empty.");
        }

        return (Subset(train), Subset(validation));
    }

    /// <summary>
    /// The data in mini-batches of <paramref name="batchSize"/> examples as tensors (the last batch holds the
    /// remainder, so every example is used once per pass). Notebook 06: 2,000 examples with batch size 200
    /// give 10 batches (iterations) per epoch.
    /// </summary>
    /// <param name="batchSize">Examples per batch (at least 1).</param>
    /// <param name="shuffleRng">Shuffles the order first when given (a new order per call); null keeps the order.</param>
    public IEnumerable<Batch> Batches(int batchSize, Random? shuffleRng = null)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"Batches expects a batch size of at least 1, got {batchSize}.");
        }

        var order = shuffleRng is null ? Enumerable.Range(0, Count).ToArray() : Shuffled(Count, shuffleRng);
        return BatchesInOrder(order, batchSize, shuffled: shuffleRng is not null);
    }

    private IEnumerable<Batch> BatchesInOrder(int[] order, int batchSize, bool shuffled)
    {
        for (var start = 0; start < order.Length; start += batchSize)
        {
            var rows = order.AsMemory(start, Math.Min(batchSize, order.Length - start));
            yield return MakeBatch(rows.Span, consecutive: shuffled is false);
        }
    }

    /// <summary>
    /// The examples at <paramref name="rows"/> as a batch of constants (data: no gradient), on matrices from the pool
    /// that the <see cref="TrainingStep"/> training on them hands back for the next batch (src/Nabla/Memory/README.md).
    /// </summary>
    private Batch MakeBatch(ReadOnlySpan<int> rows, bool consecutive)
    {
        var x = Tensor.BatchMatrix(rows.Length, X.ColumnCount);
        var y = Tensor.BatchMatrix(rows.Length, Y.ColumnCount);
        CopyRows(X, rows, consecutive, x);
        CopyRows(Y, rows, consecutive, y);
        var (tx, ty) = Tensor.Batch(x, y);
        return new Batch(tx, ty, Labels is null ? null : Pick(Labels, rows));
    }

    private static int[] Pick(int[] labels, ReadOnlySpan<int> rows)
    {
        var picked = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            picked[i] = labels[rows[i]];
        }

        return picked;
    }

    /// <summary>0..n-1 in a random order (Fisher-Yates shuffle).</summary>
    private static int[] Shuffled(int n, Random rng)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
