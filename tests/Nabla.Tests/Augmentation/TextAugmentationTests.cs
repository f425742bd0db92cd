namespace Nabla.Tests;

/// <summary>EDA text augmentation with the bundled synonym list: known answers, invariants, never empty.</summary>
public sealed class TextAugmentationTests
{
    private static readonly SynonymList Synonyms = SynonymList.LoadBundled(DataPaths.Data);
    private const string Sentence = "The movie was awesome and the ending made me smile.";

    [Fact]
    public void BundledListHasAbout100WordsWithThreeSynonymsEach()
    {
        Assert.Equal(102, Synonyms.Count);
        Assert.Equal(["great", "fantastic", "amazing"], Synonyms.Synonyms("awesome"));
        Assert.Equal(["great", "fantastic", "amazing"], Synonyms.Synonyms("Awesome"));
        Assert.Empty(Synonyms.Synonyms("the"));
        Assert.All(Synonyms.Words, w => Assert.Equal(3, Synonyms.Synonyms(w).Count));
    }

    [Fact]
    public void TokenizerLowercasesAndDropsPunctuation()
    {
        Assert.Equal(["funny", "clever", "and", "don't", "well-made"], Tokenizer.Tokenize("Funny, clever -- and DON'T... well-made!"));
        Assert.Empty(Tokenizer.Tokenize(" ,.! "));
    }

    [Fact]
    public void KnownAnswersWithAFixedSeed()
    {
        Assert.Equal(Expected.Replacement, TextAugmentation.SynonymReplacement(Sentence, 2, Synonyms, new Random(42)));
        Assert.Equal(Expected.Insertion, TextAugmentation.RandomInsertion(Sentence, 2, Synonyms, new Random(42)));
        Assert.Equal(Expected.Swap, TextAugmentation.RandomSwap(Sentence, 2, new Random(42)));
        Assert.Equal(Expected.Deletion, TextAugmentation.RandomDeletion(Sentence, 0.3, new Random(42)));
    }

    [Fact]
    public void SynonymReplacementOnlyUsesListedSynonyms()
    {
        var original = Tokenizer.Tokenize(Sentence);
        for (var seed = 0; seed < 50; seed++)
        {
            var replaced = TextAugmentation.SynonymReplacement(Sentence, 3, Synonyms, new Random(seed)).Split(' ');
            Assert.Equal(original.Length, replaced.Length);
            var changes = 0;
            for (var i = 0; i < original.Length; i++)
            {
                if (replaced[i] != original[i])
                {
                    Assert.Contains(replaced[i], Synonyms.Synonyms(original[i]));
                    changes++;
                }
            }

            Assert.InRange(changes, 1, 3);
        }

        Assert.Equal("a b c", TextAugmentation.SynonymReplacement("A b c", 2, Synonyms, new Random(0)));   // nothing to replace
    }

    [Fact]
    public void RandomInsertionAddsSynonymsOfWordsInTheSentence()
    {
        var original = Tokenizer.Tokenize(Sentence);
        var allowed = original.SelectMany(w => Synonyms.Synonyms(w)).ToHashSet();
        for (var seed = 0; seed < 30; seed++)
        {
            var words = TextAugmentation.RandomInsertion(Sentence, 2, Synonyms, new Random(seed)).Split(' ').ToList();
            Assert.Equal(original.Length + 2, words.Count);
            foreach (var word in original)
            {
                Assert.True(words.Remove(word), $"'{word}' should still be there");
            }

            Assert.All(words, w => Assert.True(allowed.Contains(w) || Synonyms.Words.Any(k => Synonyms.Synonyms(k).Contains(w)), w));
        }
    }

    [Fact]
    public void RandomSwapKeepsTheWords()
    {
        var original = Tokenizer.Tokenize(Sentence).Order();
        var swapped = TextAugmentation.RandomSwap(Sentence, 3, new Random(1));
        Assert.Equal(original, swapped.Split(' ').Order());
        Assert.NotEqual(string.Join(' ', Tokenizer.Tokenize(Sentence)), swapped);
        Assert.Equal("single", TextAugmentation.RandomSwap("single", 3, new Random(1)));
    }

    [Fact]
    public void RandomDeletionNeverReturnsAnEmptySentence()
    {
        var original = Tokenizer.Tokenize(Sentence);
        for (var seed = 0; seed < 100; seed++)
        {
            var all = TextAugmentation.RandomDeletion(Sentence, 1.0, new Random(seed));
            Assert.Contains(all, original);                                     // exactly one original word survives
            var some = TextAugmentation.RandomDeletion(Sentence, 0.9, new Random(seed));
            Assert.NotEmpty(some);
            Assert.All(some.Split(' '), w => Assert.Contains(w, original));
        }

        Assert.Equal(string.Join(' ', original), TextAugmentation.RandomDeletion(Sentence, 0, new Random(0)));
        Assert.Equal("alone", TextAugmentation.RandomDeletion("Alone!", 1.0, new Random(0)));
    }

    [Fact]
    public void AugmentingATextSetKeepsLabelsAndIsDeterministic()
    {
        var reviews = Datasets.Reviews(DataPaths.Data).Subset([0, 1, 2, 3]);
        var a = TextAugmentation.Augment(reviews, Synonyms, new Random(7), copies: 2);
        var b = TextAugmentation.Augment(reviews, Synonyms, new Random(7), copies: 2);
        Assert.Equal(12, a.Count);
        Assert.Equal(reviews.Labels.Concat(reviews.Labels).Concat(reviews.Labels), a.Labels);
        Assert.Equal(reviews.Texts, a.Texts.Take(4));
        Assert.Equal(a.Texts, b.Texts);
        Assert.All(a.Texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(4, TextAugmentation.Augment(Sentence, Synonyms, new Random(7)).Count);
    }

    [Fact]
    public void MalformedSynonymFileIsReported()
    {
        var folder = DataPaths.NewTempFolder();
        var path = Path.Combine(folder, "syn.csv");
        File.WriteAllText(path, "word,synonyms\ngood,fine|nice\nbad,\n");
        var error = Assert.Throws<InvalidDataException>(() => SynonymList.Load(path));
        Assert.Equal("syn.csv line 3: expected 'word,synonym1|synonym2|...', found 'bad,'.", error.Message);
    }

    /// <summary>Outputs frozen from a run with seed 42 (System.Random's seeded sequence is stable across .NET versions).</summary>
    private static class Expected
    {
        public const string Replacement = "the picture was great and the ending made me smile";
        public const string Insertion = "the finale great movie was awesome and the ending made me smile";
        public const string Swap = "the the was awesome and ending movie made me smile";
        public const string Deletion = "the awesome ending made smile";
    }
}
