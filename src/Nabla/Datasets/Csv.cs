using System.Text;

namespace Nabla;

/// <summary>
/// Reads comma-separated text files, plain or gzip-compressed (detected by the gzip signature), into a
/// <see cref="CsvTable"/>. Errors name the file, the line and the column.
/// </summary>
/// <remarks>
/// Fields are separated by commas; a field in double quotes may contain commas, and "" inside it stands for
/// one quote (RFC 4180, without line breaks inside fields). Blank lines are skipped but still counted, so
/// line numbers match what an editor shows. The reader does not check row lengths:
/// <see cref="CsvTable.EnsureColumns"/> does, with errors such as "iris.csv line 17: expected 5 columns, found 4".
/// </remarks>
public static class Csv
{
    /// <summary>Reads a CSV file (plain or .gz).</summary>
    /// <param name="path">The file.</param>
    /// <param name="hasHeader">True when the first non-blank line is a header rather than data.</param>
    /// <exception cref="InvalidDataException">A quoted field is not closed; the message names file and line.</exception>
    public static CsvTable Read(string path, bool hasHeader = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = Encoding.UTF8.GetString(Gzip.ReadAllContent(path)).TrimStart('\uFEFF'); // small files: whole, no BOM
        using var reader = new StringReader(text);
        return Parse(reader, Path.GetFileName(path), hasHeader);
    }

    /// <summary>Parses CSV text; <paramref name="source"/> is the name used in error messages.</summary>
    public static CsvTable Parse(TextReader reader, string source, bool hasHeader = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        string[]? header = null;
        var rows = new List<CsvRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = SplitLine(line, source, lineNumber);
            if (hasHeader && header is null)
            {
                header = fields;
            }
            else
            {
                rows.Add(new CsvRow(lineNumber, fields));
            }
        }

        return new CsvTable(source, header, rows);
    }

    /// <summary>Splits one line into fields, honouring double quotes.</summary>
    internal static string[] SplitLine(string line, string source, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var start = fields.Count + 1;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new InvalidDataException(
                            $"{source} line {lineNumber}, column {start}: expected a closing quote, found the end of the line.");
                    }

                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(line[i++]);
                    }
                }
            }

            while (i < line.Length && line[i] != ',')
            {
                field.Append(line[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                return [.. fields];
            }

            i++; // skip the comma
        }
    }
}
