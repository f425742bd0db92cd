using System.Buffers.Binary;
using System.IO.Compression;

namespace Nabla.Tests;

/// <summary>Builds small IDX files (and their gzip form) for the reader and download tests.</summary>
internal static class IdxFiles
{
    /// <summary>An image file: magic 0x00000803, sizes n, rows, columns, then the pixels.</summary>
    public static byte[] Images(int n, int rows, int columns, Func<int, byte> pixel)
    {
        var bytes = new byte[16 + n * rows * columns];
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(0), Idx.ImagesMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), n);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), columns);
        for (var i = 0; i < n * rows * columns; i++)
        {
            bytes[16 + i] = pixel(i);
        }

        return bytes;
    }

    /// <summary>A label file: magic 0x00000801, size n, then the labels.</summary>
    public static byte[] Labels(params byte[] labels)
    {
        var bytes = new byte[8 + labels.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(0), Idx.LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), labels.Length);
        labels.CopyTo(bytes, 8);
        return bytes;
    }

    /// <summary>The bytes gzip-compressed.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>Four small files with the official names (3 images of 4x4 and 3 labels per part), gzip-compressed.</summary>
    public static Dictionary<string, byte[]> FakeFashionFiles() => new()
    {
        ["train-images-idx3-ubyte.gz"] = Gzip(Images(3, 4, 4, i => (byte)(i * 5))),
        ["train-labels-idx1-ubyte.gz"] = Gzip(Labels(0, 1, 2)),
        ["t10k-images-idx3-ubyte.gz"] = Gzip(Images(3, 4, 4, i => (byte)(255 - i))),
        ["t10k-labels-idx1-ubyte.gz"] = Gzip(Labels(7, 8, 9)),
    };
}
