using System.Security.Cryptography;

namespace Nabla;

/// <summary>
/// SHA-256 fingerprints of files, and their verification. Every file the kit ships is checked against the
/// table in <see cref="BundledFiles"/> when it is loaded.
/// </summary>
/// <remarks>
/// <see cref="Sha256(string)"/> hashes the bytes on disk, the same number <c>sha256sum FILE</c> prints.
/// <see cref="ContentSha256(string)"/> hashes what is inside a .gz file (the decompressed bytes): two gzip
/// files can hold identical data yet differ in their headers or compression, so for downloaded archives the
/// content is the stable identity.
/// </remarks>
public static class Checksum
{
    /// <summary>The SHA-256 of a file's bytes as 64 lowercase hex digits (what <c>sha256sum</c> prints).</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    /// <summary>The SHA-256 of some bytes as 64 lowercase hex digits.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>
    /// The SHA-256 of a file's content: of the decompressed bytes when the file is gzip-compressed (it starts
    /// with the gzip signature 1f 8b), else of the file's bytes.
    /// </summary>
    /// <exception cref="InvalidDataException">The file starts like gzip but is not a valid gzip stream.</exception>
    public static string ContentSha256(string path)
    {
        using var stream = Gzip.OpenContent(path);
        try
        {
            return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: expected a valid gzip stream, found a damaged one ({e.Message}).", e);
        }
    }

    /// <summary>Checks a file's SHA-256 (<c>sha256sum</c>) and throws when it differs.</summary>
    /// <exception cref="ChecksumMismatchException">The file's hash is not <paramref name="expected"/>; the message has both.</exception>
    public static void Verify(string path, string expected)
    {
        var actual = Sha256(path);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new ChecksumMismatchException(path, expected, actual);
        }
    }
}
