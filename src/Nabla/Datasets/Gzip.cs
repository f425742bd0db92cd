using System.IO.Compression;

namespace Nabla;

/// <summary>Opens files that may or may not be gzip-compressed (detected by the signature bytes 1f 8b).</summary>
internal static class Gzip
{
    /// <summary>True when the stream starts with the gzip signature; the position is restored.</summary>
    public static bool StartsWithSignature(Stream stream)
    {
        var start = stream.Position;
        var b0 = stream.ReadByte();
        var b1 = stream.ReadByte();
        stream.Position = start;
        return b0 == 0x1f && b1 == 0x8b;
    }

    /// <summary>A stream of the file's content: decompressed when gzip, else the file itself.</summary>
    public static Stream OpenContent(string path)
    {
        var file = File.OpenRead(path);
        return StartsWithSignature(file) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>All content bytes of a file (decompressed when gzip).</summary>
    /// <exception cref="InvalidDataException">The gzip stream is damaged; the message names the file.</exception>
    public static byte[] ReadAllContent(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return bytes;
        }

        // The gzip trailer's last 4 bytes hold the uncompressed size mod 2^32: a good first capacity.
        var sizeHint = bytes.Length >= 18 ? BitConverter.ToUInt32(bytes, bytes.Length - 4) : 0u;
        using var content = new MemoryStream(sizeHint is > 0 and < int.MaxValue ? (int)sizeHint : bytes.Length * 2);
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            gzip.CopyTo(content, 1 << 20);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: expected a valid gzip stream, found a damaged one ({e.Message}).", e);
        }

        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }
}
