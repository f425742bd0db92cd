namespace Nabla.Tests;

/// <summary>The shipped UCI sets and the review texts load with the documented shapes, classes and values.</summary>
public sealed class BundledDatasetTests
{
    [Fact]
    public void IrisIs150By4WithThreeClassesOf50()
    {
        var iris = Datasets.Iris(DataPaths.Data);
        Assert.Equal((150, 4), (iris.Count, iris.Features));
        Assert.Equal([50, 50, 50], DataPaths.ClassCounts(iris.Labels!, 3));
        Assert.Equal((150, 3), (iris.Y.RowCount, iris.Y.ColumnCount));
        Assert.Equal([5.1, 3.5, 1.4, 0.2], iris.X.Row(0).ToArray());            // first line of the file
        Assert.Equal([5.9, 3.0, 5.1, 1.8], iris.X.Row(149).ToArray());          // last line
        Assert.Equal(2, iris.Labels![149]);
        Assert.Equal(1.0, iris.Y[149, 2]);
        Assert.Equal(3, Datasets.IrisClassNames.Count);
        Assert.Equal(4, Datasets.IrisFeatureNames.Count);
    }

    [Fact]
    public void WineIs178By13WithDocumentedClassSizes()
    {
        var wine = Datasets.Wine(DataPaths.Data);
        Assert.Equal((178, 13), (wine.Count, wine.Features));
        Assert.Equal([59, 71, 48], DataPaths.ClassCounts(wine.Labels!, 3));
        Assert.Equal(14.23, wine.X[0, 0]);
        Assert.Equal(1065, wine.X[0, 12]);
        Assert.Equal(13, Datasets.WineFeatureNames.Count);
    }

    [Fact]
    public void BreastCancerIs569By30With212MalignantAnd357Benign()
    {
        var cancer = Datasets.BreastCancer(DataPaths.Data);
        Assert.Equal((569, 30), (cancer.Count, cancer.Features));
        Assert.Equal([212, 357], DataPaths.ClassCounts(cancer.Labels!, 2));
        Assert.Equal(17.99, cancer.X[0, 0]);
        Assert.Equal(0, cancer.Labels![0]);                                     // first row is malignant
        Assert.Equal("malignant", Datasets.BreastCancerClassNames[0]);
    }

    [Fact]
    public void DigitsIs1797By64WithTenClassesAndPixelsScaledToUnitRange()
    {
        var digits = Datasets.Digits(DataPaths.Data);
        Assert.Equal((1797, 64), (digits.Count, digits.Features));
        Assert.Equal((1797, 10), (digits.Y.RowCount, digits.Y.ColumnCount));
        var counts = DataPaths.ClassCounts(digits.Labels!, 10);
        Assert.All(counts, c => Assert.InRange(c, 174, 183));                   // roughly 180 of each digit
        Assert.Equal(1797, counts.Sum());
        Assert.Equal(0.0, digits.X.Enumerate().Min());
        Assert.Equal(1.0, digits.X.Enumerate().Max());
        Assert.Equal(5.0 / 16, digits.X[0, 2]);                                 // first row: 0,0,5,13,...
        Assert.Equal(13.0 / 16, digits.X[0, 3]);
        Assert.Equal(0, digits.Labels![0]);
    }

    [Fact]
    public void ReviewsAre150BalancedSentences()
    {
        var reviews = Datasets.Reviews(DataPaths.Data);
        Assert.Equal(150, reviews.Count);
        Assert.Equal([75, 75], DataPaths.ClassCounts(reviews.Labels, 2));
        Assert.Equal("The movie was awesome and the ending made me smile.", reviews.Texts[0]);
        Assert.Equal(1, reviews.Labels[0]);
        Assert.Equal("Funny, clever and surprisingly moving.", reviews.Texts[6]);   // a quoted field with commas
        Assert.All(reviews.Texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Fact]
    public void ReviewsBagOfWordsCountsEachVocabularyWord()
    {
        var reviews = Datasets.Reviews(DataPaths.Data);
        var vocabulary = reviews.Vocabulary();
        var bag = reviews.BagOfWords(vocabulary);
        Assert.Equal((150, vocabulary.Count), (bag.Count, bag.Features));
        Assert.Equal(2.0, bag.X[0, IndexOf(vocabulary, "the")]);                // "The movie ... the ending"
        Assert.Equal(1.0, bag.X[0, IndexOf(vocabulary, "awesome")]);
        Assert.Equal(Tokenizer.Tokenize(reviews.Texts[0]).Length, bag.X.Row(0).Sum());
        Assert.Equal(reviews.Labels, bag.Labels);
    }

    private static int IndexOf(IReadOnlyList<string> vocabulary, string word)
    {
        var i = vocabulary.ToList().IndexOf(word);
        Assert.True(i >= 0, $"expected '{word}' in the vocabulary");
        return i;
    }
}
