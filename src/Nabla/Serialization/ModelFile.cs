using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nabla;

/// <summary>
/// Saves a <see cref="Sequential"/> model to a file and loads it back with bit-identical weights. Notebook 09.
/// </summary>
/// <remarks>
/// <para>Format version 1 (all text UTF-8, numbers little-endian):</para>
/// <code>
/// NABLA-MODEL\n                     magic line
/// 1\n                               format version
/// {"layers":[...],"parameters":[...]}\n   architecture, one line of JSON
/// weights                            every parameter in Parameters() order, row by row, as float64
/// checksum                           32 bytes: SHA-256 of every byte before it
/// </code>
/// <para>"layers" lists each layer as {"type": ...} plus its hyper-parameters, as the one table of layer kinds
/// (ModelFile.Layers.cs) gives them: e.g. {"type":"Linear","inFeatures":784,"outFeatures":128}, {"type":"Relu"},
/// and {"type":"Sequential","layers":[...]} for a chain inside the chain. "parameters" lists {name, shape: [rows,
/// columns]} per tensor, e.g. "0.W" is layer 0's weight and "2.W1" the first piece of a Maxout at position 2.</para>
/// <para><see cref="Save"/> writes a temporary file in the same folder, flushes it to disk and then renames it
/// over the target, so a crash or an error never leaves a half-written model behind. <see cref="Load(string, int)"/> checks
/// magic, version, header, length and checksum, builds the whole model in memory, refuses NaN or infinite weights,
/// and only then returns it (in evaluation mode); any problem raises a <see cref="ModelFileException"/>.
/// <see cref="Load(string, Sequential, int)"/> also checks that the file holds the architecture the caller expects. A loaded <see cref="Dropout"/> cannot
/// recover its original random generator: the k-th Dropout layer in file order (k = 0, 1, ...) gets
/// <c>new Random(dropoutSeed + k)</c>.</para>
/// </remarks>
public static partial class ModelFile
{
    /// <summary>The first line of every model file.</summary>
    public const string Magic = "NABLA-MODEL";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    private const int ChecksumBytes = 32;

    /// <summary>Reads a model written by <see cref="Save"/>; it is returned in evaluation mode.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="dropoutSeed">The k-th Dropout layer gets <c>new Random(dropoutSeed + k)</c>.</param>
    /// <exception cref="ModelFileException">
    /// A directory instead of a file; wrong magic (or Windows line endings) or version; truncated, corrupted, or
    /// inconsistent file; a weight that is NaN or infinite.
    /// </exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    public static Sequential Load(string path, int dropoutSeed = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new ModelFileException(path, $"expected a model file, found a directory (name a file in it, e.g. '{System.IO.Path.Combine(path, "model.nabla")}').");
        }

        var bytes = File.ReadAllBytes(path);
        var at = 0;
        var magic = ReadLine(bytes, ref at, Magic.Length + 1);
        if (magic != Magic)
        {
            throw new ModelFileException(path, bytes.AsSpan().StartsWith(Encoding.ASCII.GetBytes(Magic + "\r\n"))
                ? $"expected the magic line '{Magic}' ending in LF (\\n), found Windows (CRLF) line endings: the file was converted as " +
                  "text (by git's autocrlf, an editor or a text-mode transfer), which also alters its binary weights. Copy model files " +
                  "byte for byte (for git, add '*.nabla binary' to .gitattributes) and save the model again."
                : $"not a Nabla model file: expected the magic line '{Magic}' at the start, found '{Printable(bytes, Magic.Length)}'.");
        }

        var versionText = ReadLine(bytes, ref at, 12)
            ?? throw new ModelFileException(path, $"truncated or damaged: expected the format version line after the magic, found {bytes.Length - at} bytes without a newline.");
        if (!int.TryParse(versionText, out var version) || version != Version)
        {
            throw new ModelFileException(path, $"format version {versionText} is not supported: expected version {Version}.");
        }

        var json = ReadLine(bytes, ref at, bytes.Length)
            ?? throw new ModelFileException(path, $"truncated: expected an architecture line ending in a newline after byte {at}, found the end of the file ({bytes.Length} bytes).");
        var (layers, shapes) = ParseHeader(json, path);
        RequireConsistentHeader(layers, shapes, path);      // a changed digit in a shape shows here, not as a wrong length
        var weightCount = shapes.Sum(s => (long)s.Rows * s.Columns);
        var expected = at + 8 * weightCount + ChecksumBytes;
        if (bytes.Length != expected)
        {
            var what = bytes.Length < expected ? "truncated" : "longer than its header says";
            throw new ModelFileException(path,
                $"{what}: expected {expected} bytes ({at} header, {8 * weightCount} weights, {ChecksumBytes} checksum), found {bytes.Length}.");
        }

        var stored = bytes.AsSpan(bytes.Length - ChecksumBytes);
        var computed = SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumBytes));
        if (!stored.SequenceEqual(computed))
        {
            throw new ModelFileException(path,
                $"corrupted: checksum mismatch, expected SHA-256 {Convert.ToHexString(stored)}, computed {Convert.ToHexString(computed)}.");
        }

        var model = BuildModel(layers, shapes, path, dropoutSeed);
        foreach (var p in model.Parameters())
        {
            for (var i = 0; i < p.Rows; i++)
            {
                for (var j = 0; j < p.Columns; j++, at += 8)
                {
                    p.Data[i, j] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(at, 8));
                }
            }
        }

        if (FirstNonFiniteWeight(model) is { } bad)
        {
            throw new ModelFileException(path, $"parameter {bad.Name} holds {bad.Entry.ValueText} {bad.Entry.Where}: expected finite weights " +
                "(the checksum is intact, so the model was saved that way: its training had diverged).");
        }

        model.Eval();
        return model;
    }

    /// <summary>The first parameter (in file order) holding NaN or an infinity, with its name and shape ("0.W (2, 3)"), or null.</summary>
    private static (string Name, Entry Entry)? FirstNonFiniteWeight(Sequential model)
    {
        foreach (var (name, p) in NamedParameters(model, ""))
        {
            if (Entries.FirstNonFinite(p.Data) is { } e)
            {
                return (new ParameterShape(name, p.Rows, p.Columns).ToString(), e);
            }
        }

        return null;
    }

    /// <summary>The text up to the next '\n' (moving past it), or null when there is none within <paramref name="limit"/> bytes.</summary>
    private static string? ReadLine(byte[] bytes, ref int at, int limit)
    {
        var end = Array.IndexOf(bytes, (byte)'\n', at, Math.Min(limit, bytes.Length - at));
        if (end < 0)
        {
            return null;
        }

        var line = Encoding.UTF8.GetString(bytes, at, end - at);
        at = end + 1;
        return line;
    }

    private static string Printable(byte[] bytes, int count) =>
        new(bytes.Take(count).Select(b => b >= 32 && b < 127 ? (char)b : '?').ToArray());
}
