namespace Nabla;

public static partial class Datasets
{
    /// <summary>The review classes, by label: negative (0), positive (1).</summary>
    public static IReadOnlyList<string> ReviewClassNames { get; } = ["negative", "positive"];

    /// <summary>
    /// 150 one-sentence movie and product reviews written for Nabla, 75 negative and 75 positive
    /// (data/text/reviews.csv, columns label,text). Notebook 08 augments them with synonyms.
    /// </summary>
    /// <param name="dataDirectory">The data folder; null to locate it (<see cref="DataFolder.Locate"/>).</param>
    /// <exception cref="InvalidDataException">A row is malformed or has a label other than negative/positive.</exception>
    public static TextSet Reviews(string? dataDirectory = null)
    {
        var table = Csv.Read(BundledFiles.Resolve(BundledFiles.Reviews, dataDirectory), hasHeader: true).EnsureColumns(2);
        var texts = new string[table.Rows.Count];
        var labels = new int[table.Rows.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var row = table.Rows[i];
            labels[i] = row.Fields[0] switch
            {
                "negative" => 0,
                "positive" => 1,
                var other => throw new InvalidDataException(
                    $"{table.Source} line {row.Line}, column 1: expected 'negative' or 'positive', found '{other}'."),
            };
            texts[i] = row.Fields[1];
        }

        return new TextSet(texts, labels, ReviewClassNames);
    }
}
