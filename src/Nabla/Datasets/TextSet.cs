using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

/// <summary>
/// A labelled set of short texts, e.g. the bundled reviews (<see cref="Datasets.Reviews"/>). Notebook 08 grows
/// it with <see cref="TextAugmentation"/> and turns it into numbers with <see cref="BagOfWords"/>.
/// </summary>
/// <param name="Texts">The texts (N).</param>
/// <param name="Labels">The class index of each text (N).</param>
/// <param name="ClassNames">The class names, by index.</param>
public sealed record TextSet(IReadOnlyList<string> Texts, int[] Labels, IReadOnlyList<string> ClassNames)
{
    /// <summary>The number of texts N.</summary>
    public int Count => Texts.Count;

    /// <summary>The texts at <paramref name="indices"/> with their labels, in that order.</summary>
    public TextSet Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return this with { Texts = indices.Select(i => Texts[i]).ToArray(), Labels = indices.Select(i => Labels[i]).ToArray() };
    }

    /// <summary>Every token (see <see cref="Tokenizer.Tokenize"/>) used at least <paramref name="minCount"/> times, sorted.</summary>
    public IReadOnlyList<string> Vocabulary(int minCount = 1) =>
        Texts.SelectMany(Tokenizer.Tokenize).GroupBy(t => t).Where(g => g.Count() >= minCount)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Bag of words: X[n, v] = how often word v of the vocabulary occurs in text n (N, V); words outside the
    /// vocabulary are ignored. Word order is lost, which is what makes this the simplest text features.
    /// Labels and one-hot Y as in <see cref="Dataset.Classification(Matrix{double}, int[], int?)"/>.
    /// </summary>
    public Dataset BagOfWords(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < vocabulary.Count; v++)
        {
            column[vocabulary[v]] = v;
        }

        var X = Matrix<double>.Build.Dense(Count, vocabulary.Count);          // (N, V)
        for (var n = 0; n < Count; n++)
        {
            foreach (var token in Tokenizer.Tokenize(Texts[n]))
            {
                if (column.TryGetValue(token, out var v))
                {
                    X[n, v] += 1;
                }
            }
        }

        return Dataset.Classification(X, Labels, ClassNames.Count);
    }
}
