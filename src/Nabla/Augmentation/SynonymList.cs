namespace Nabla;

/// <summary>
/// Words and their synonyms, for synonym replacement and random insertion (<see cref="TextAugmentation"/>).
/// The bundled list (data/text/synonyms.csv) has about 100 common review words with 3 synonyms each,
/// e.g. awesome -> great, fantastic, amazing.
/// </summary>
public sealed class SynonymList
{
    private readonly Dictionary<string, string[]> synonyms;

    /// <summary>A list from word -> synonyms pairs (words and synonyms are lowercased).</summary>
    /// <exception cref="ArgumentException">A word has no synonyms.</exception>
    public SynonymList(IEnumerable<KeyValuePair<string, string[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (word, list) in entries)
        {
            if (list is null || list.Length == 0)
            {
                throw new ArgumentException($"SynonymList expects at least one synonym per word, got none for '{word}'.", nameof(entries));
            }

            synonyms[word.ToLowerInvariant()] = list.Select(s => s.ToLowerInvariant()).ToArray();
        }
    }

    /// <summary>The words that have synonyms.</summary>
    public IReadOnlyCollection<string> Words => synonyms.Keys;

    /// <summary>The number of words.</summary>
    public int Count => synonyms.Count;

    /// <summary>The synonyms of a word (lowercase lookup), or an empty list.</summary>
    public IReadOnlyList<string> Synonyms(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return synonyms.TryGetValue(word.ToLowerInvariant(), out var list) ? list : [];
    }

    /// <summary>True when the word has synonyms.</summary>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return synonyms.ContainsKey(word.ToLowerInvariant());
    }

    /// <summary>The bundled list, data/text/synonyms.csv (checked against its SHA-256).</summary>
    /// <param name="dataDirectory">The data folder; null to locate it (<see cref="DataFolder.Locate"/>).</param>
    public static SynonymList LoadBundled(string? dataDirectory = null) =>
        Load(BundledFiles.Resolve(BundledFiles.Synonyms, dataDirectory));

    /// <summary>Reads a CSV file with a header and rows "word,synonym1|synonym2|...".</summary>
    /// <exception cref="InvalidDataException">A row does not have 2 columns or lists no synonym (the message names the line).</exception>
    public static SynonymList Load(string path)
    {
        var table = Csv.Read(path, hasHeader: true).EnsureColumns(2);
        var entries = new List<KeyValuePair<string, string[]>>();
        foreach (var row in table.Rows)
        {
            var list = row.Fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (row.Fields[0].Trim().Length == 0 || list.Length == 0)
            {
                throw new InvalidDataException($"{table.Source} line {row.Line}: expected 'word,synonym1|synonym2|...', found '{string.Join(",", row.Fields)}'.");
            }

            entries.Add(new(row.Fields[0].Trim(), list));
        }

        return new SynonymList(entries);
    }
}
