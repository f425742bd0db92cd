using System.Buffers.Binary;
using System.IO.Compression;

namespace Nabla.Notebooks;

/// <summary>
/// An IDX file of unsigned bytes (the format of MNIST and Fashion-MNIST) as raw records: the grader only selects and
/// copies whole images and labels, so nothing is decoded. The header is two zero bytes, the type 0x08 (unsigned
/// byte), the number of dimensions, then each dimension as a big-endian 32-bit integer; the data follows, record by
/// record. Files may be gzip-compressed (detected by the signature 1f 8b).
/// </summary>
/// <param name="Dimensions">The dimensions; the first is the number of records (for images: count, rows, columns).</param>
/// <param name="Data">All records, back to back.</param>
public sealed record IdxRecords(int[] Dimensions, byte[] Data)
{
    /// <summary>The number of records.</summary>
    public int Count => Dimensions[0];

    /// <summary>Bytes per record: the product of the dimensions after the first (1 for labels, 784 for a 28x28 image).</summary>
    public int RecordBytes => Dimensions.Skip(1).Aggregate(1, (a, b) => a * b);

    /// <summary>Record <paramref name="index"/>'s bytes.</summary>
    public ReadOnlySpan<byte> Record(int index) => Data.AsSpan(index * RecordBytes, RecordBytes);

    /// <summary>Reads an IDX file of unsigned bytes, plain or gzip.</summary>
    /// <exception cref="InvalidDataException">Not such a file; the message names it and what was found.</exception>
    public static IdxRecords Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var content = new MemoryStream();
            try
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                gzip.CopyTo(content);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{path}: damaged gzip data ({e.Message})");
            }
            bytes = content.ToArray();
        }
        if (bytes.Length < 4 || bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 0x08 || bytes[3] is 0 or > 4)
            throw new InvalidDataException($"{path}: expected an IDX file of unsigned bytes (00 00 08 and 1-4 dimensions), found {Convert.ToHexString(bytes.AsSpan(0, Math.Min(4, bytes.Length)))}");
        int rank = bytes[3];
        if (bytes.Length < 4 + 4 * rank)
            throw new InvalidDataException($"{path}: expected {rank} dimensions after the magic number, found the end of the file");
        int[] dimensions = [.. Enumerable.Range(0, rank).Select(d => BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * d)))];
        long size = dimensions.Aggregate(1L, (a, b) => a * b);
        if (dimensions.Any(d => d < 0) || size != bytes.Length - 4 - 4 * rank)
            throw new InvalidDataException($"{path}: expected {string.Join(" x ", dimensions)} = {size} data bytes, found {bytes.Length - 4 - 4 * rank}");
        return new IdxRecords(dimensions, bytes[(4 + 4 * rank)..]);
    }

    /// <summary>The records at <paramref name="indices"/>, in that order.</summary>
    public IdxRecords Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var data = new byte[indices.Count * RecordBytes];
        for (int i = 0; i < indices.Count; i++)
            Record(indices[i]).CopyTo(data.AsSpan(i * RecordBytes));
        return new IdxRecords([indices.Count, .. Dimensions.Skip(1)], data);
    }

    /// <summary>Writes the records gzip-compressed, atomically (deterministic bytes: no file name or time in the gzip header).</summary>
    public void WriteGzip(string path)
    {
        using var content = new MemoryStream();
        using (var gzip = new GZipStream(content, CompressionLevel.Optimal, leaveOpen: true))
        {
            var header = new byte[4 + 4 * Dimensions.Length];
            header[2] = 0x08;
            header[3] = (byte)Dimensions.Length;
            for (int d = 0; d < Dimensions.Length; d++)
                BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * d), Dimensions[d]);
            gzip.Write(header);
            gzip.Write(Data);
        }
        AtomicFile.WriteAllBytes(path, content.ToArray());
    }
}
