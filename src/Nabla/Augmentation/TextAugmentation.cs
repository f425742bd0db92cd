namespace Nabla;

/// <summary>
/// Easy data augmentation for text (EDA, Wei and Zou, 2019): four small random edits that usually keep a
/// sentence's meaning, and so its label. Notebook 08.
/// </summary>
/// <remarks>
/// Every operation works on the words of <see cref="Tokenizer.Tokenize"/> (lowercase, punctuation dropped) and
/// returns them joined by single spaces. A sentence without words comes back unchanged; a sentence with
/// words never comes back empty. n is the number of edits; EDA suggests n = max(1, alpha * words) with
/// alpha around 0.1.
/// </remarks>
public static partial class TextAugmentation
{
    /// <summary>
    /// Synonym replacement: up to n distinct word positions that have synonyms, chosen at random, each get a
    /// random synonym from the list. "the movie was awesome" -> "the film was great".
    /// </summary>
    public static string SynonymReplacement(string sentence, int n, SynonymList synonyms, Random rng)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var words = Words(sentence, n, rng);
        var candidates = Enumerable.Range(0, words.Count).Where(i => synonyms.Contains(words[i])).ToArray();
        Shuffle(candidates, rng);
        foreach (var i in candidates.Take(n))
        {
            var options = synonyms.Synonyms(words[i]);
            words[i] = options[rng.Next(options.Count)];
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Random insertion, n times: pick a random word of the sentence that has synonyms and insert one of its
    /// synonyms at a random position. Stops early when no word has synonyms.
    /// </summary>
    public static string RandomInsertion(string sentence, int n, SynonymList synonyms, Random rng)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var words = Words(sentence, n, rng);
        for (var k = 0; k < n; k++)
        {
            var candidates = words.Where(synonyms.Contains).ToArray();
            if (candidates.Length == 0)
            {
                break;
            }

            var options = synonyms.Synonyms(candidates[rng.Next(candidates.Length)]);
            words.Insert(rng.Next(words.Count + 1), options[rng.Next(options.Count)]);
        }

        return string.Join(' ', words);
    }

    /// <summary>Random swap, n times: two different random positions exchange their words (needs 2+ words).</summary>
    public static string RandomSwap(string sentence, int n, Random rng)
    {
        var words = Words(sentence, n, rng);
        for (var k = 0; k < n && words.Count >= 2; k++)
        {
            var i = rng.Next(words.Count);
            var j = rng.Next(words.Count - 1);
            j = j >= i ? j + 1 : j;                                            // a different position
            (words[i], words[j]) = (words[j], words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Random deletion: each word is removed with probability p. If every word would go, one word chosen at
    /// random stays, so the result is never empty.
    /// </summary>
    public static string RandomDeletion(string sentence, double p, Random rng)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"RandomDeletion expects a probability p in [0, 1], got {p}.");
        }

        var words = Words(sentence, 0, rng);
        if (words.Count <= 1)
        {
            return string.Join(' ', words);
        }

        var kept = words.Where(_ => rng.NextDouble() >= p).ToList();
        return kept.Count > 0 ? string.Join(' ', kept) : words[rng.Next(words.Count)];
    }

    private static List<string> Words(string sentence, int n, Random rng)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(rng);
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"Expected a number of edits n >= 0, got {n}.");
        }

        return [.. Tokenizer.Tokenize(sentence)];
    }

    private static void Shuffle(int[] items, Random rng)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
