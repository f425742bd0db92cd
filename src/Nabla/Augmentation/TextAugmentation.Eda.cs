namespace Nabla;

public static partial class TextAugmentation
{
    /// <summary>
    /// EDA: <paramref name="copies"/> new sentences, each made by one of the four operations chosen at random,
    /// with n = max(1, round(alpha * words)) edits (deletion uses p = alpha).
    /// </summary>
    public static IReadOnlyList<string> Augment(string sentence, SynonymList synonyms, Random rng, int copies = 4, double alpha = 0.1)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(rng);
        if (copies < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, $"Augment expects copies >= 0, got {copies}.");
        }

        var n = Math.Max(1, (int)Math.Round(alpha * Tokenizer.Tokenize(sentence).Length));
        var result = new string[copies];
        for (var k = 0; k < copies; k++)
        {
            result[k] = rng.Next(4) switch
            {
                0 => SynonymReplacement(sentence, n, synonyms, rng),
                1 => RandomInsertion(sentence, n, synonyms, rng),
                2 => RandomSwap(sentence, n, rng),
                _ => RandomDeletion(sentence, alpha, rng),
            };
        }

        return result;
    }

    /// <summary>The texts followed by <paramref name="copies"/> EDA variants of each (labels copied along), in blocks of N.</summary>
    public static TextSet Augment(TextSet data, SynonymList synonyms, Random rng, int copies = 1, double alpha = 0.1)
    {
        ArgumentNullException.ThrowIfNull(data);
        var variants = data.Texts.Select(t => Augment(t, synonyms, rng, copies, alpha)).ToArray();
        var texts = data.Texts.ToList();
        var labels = data.Labels.ToList();
        for (var k = 0; k < copies; k++)
        {
            texts.AddRange(variants.Select(v => v[k]));
            labels.AddRange(data.Labels);
        }

        return data with { Texts = texts, Labels = [.. labels] };
    }
}
