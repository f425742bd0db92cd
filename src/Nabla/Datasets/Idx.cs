using System.Buffers.Binary;

namespace Nabla;

/// <summary>A stack of grayscale images read from an IDX file: N images of Rows x Columns bytes (0..255).</summary>
/// <param name="Count">The number of images N.</param>
/// <param name="Rows">Image height in pixels.</param>
/// <param name="Columns">Image width in pixels.</param>
/// <param name="Pixels">All pixels, image after image, each row-major: pixel (r, c) of image n is at n*Rows*Columns + r*Columns + c.</param>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels);

/// <summary>
/// Reads the IDX format of MNIST and Fashion-MNIST, plain or gzip-compressed (detected by the signature).
/// </summary>
/// <remarks>
/// An IDX file is a big-endian header followed by the raw values. The 4-byte magic number is 0, 0, the
/// value type (0x08 = unsigned byte) and the number of dimensions; then one 4-byte size per dimension.
/// Images: magic 0x00000803, sizes N, rows, columns, then N*rows*columns bytes. Labels: magic 0x00000801,
/// size N, then N bytes. Every check failure says what was expected and what the file holds.
/// </remarks>
public static class Idx
{
    /// <summary>The magic number of an image file: unsigned bytes, 3 dimensions.</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>The magic number of a label file: unsigned bytes, 1 dimension.</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Reads an image file (plain or .gz).</summary>
    /// <exception cref="InvalidDataException">Wrong magic number, impossible sizes, truncated or over-long content.</exception>
    public static IdxImages ReadImages(string path) => ParseImages(Gzip.ReadAllContent(path), Path.GetFileName(path));

    /// <summary>Reads a label file (plain or .gz): one byte per example.</summary>
    /// <exception cref="InvalidDataException">Wrong magic number, truncated or over-long content.</exception>
    public static byte[] ReadLabels(string path) => ParseLabels(Gzip.ReadAllContent(path), Path.GetFileName(path));

    /// <summary>Parses the (decompressed) bytes of an image file; <paramref name="source"/> names it in errors.</summary>
    public static IdxImages ParseImages(byte[] content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckMagic(content, ImagesMagic, source, "images, unsigned bytes, 3 dimensions");
        RequireLength(content, 16, source, "a 16-byte image header");
        var n = Size(content, 4, source, "image count");
        var rows = Size(content, 8, source, "row count");
        var columns = Size(content, 12, source, "column count");
        var expected = 16 + (Int128)n * rows * columns;     // up to 2^93: a long would wrap around to a negative count
        if (content.LongLength != expected)
        {
            throw new InvalidDataException(
                $"{source}: the header promises {n} images of {rows}x{columns} pixels ({expected} bytes), found {content.LongLength} bytes" +
                (content.LongLength < expected ? " (truncated file)." : "."));
        }

        return new IdxImages(n, rows, columns, content[16..]);
    }

    /// <summary>Parses the (decompressed) bytes of a label file; <paramref name="source"/> names it in errors.</summary>
    public static byte[] ParseLabels(byte[] content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckMagic(content, LabelsMagic, source, "labels, unsigned bytes, 1 dimension");
        RequireLength(content, 8, source, "an 8-byte label header");
        var n = Size(content, 4, source, "label count");
        if (content.LongLength != 8L + n)
        {
            throw new InvalidDataException(
                $"{source}: the header promises {n} labels ({8L + n} bytes), found {content.LongLength} bytes" +
                (content.LongLength < 8L + n ? " (truncated file)." : "."));
        }

        return content[8..];
    }

    private static void CheckMagic(byte[] content, int magic, string source, string meaning)
    {
        RequireLength(content, 4, source, "a 4-byte magic number");
        var found = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(0, 4));
        if (found != magic)
        {
            throw new InvalidDataException($"{source}: expected the IDX magic number 0x{magic:x8} ({meaning}), found 0x{found:x8}.");
        }
    }

    private static void RequireLength(byte[] content, int length, string source, string what)
    {
        if (content.Length < length)
        {
            throw new InvalidDataException($"{source}: expected {what}, found only {content.Length} bytes (truncated file).");
        }
    }

    private static int Size(byte[] content, int offset, string source, string what)
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(offset, 4));
        if (size < 0)
        {
            throw new InvalidDataException($"{source}: expected a non-negative {what}, found {size}.");
        }

        return size;
    }
}
