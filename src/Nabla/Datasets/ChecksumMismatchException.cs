namespace Nabla;

/// <summary>
/// A file's SHA-256 checksum is not the one expected: the file is damaged, truncated, or a different file.
/// </summary>
/// <remarks>
/// A checksum is a 256-bit fingerprint of a file's bytes: changing a single byte changes it completely, so
/// comparing it with a published value proves the data is exactly what the lessons were written against.
/// </remarks>
public sealed class ChecksumMismatchException : IOException
{
    /// <summary>Creates the exception; the message names the file and both hashes.</summary>
    /// <param name="path">The file (or URL) that was checked.</param>
    /// <param name="expected">The SHA-256 it should have (64 lowercase hex digits).</param>
    /// <param name="actual">The SHA-256 it has, or a short description when none could be computed.</param>
    /// <param name="what">What was hashed, e.g. "SHA-256" or "SHA-256 of the decompressed content".</param>
    public ChecksumMismatchException(string path, string expected, string actual, string what = "SHA-256")
        : base($"{path}: expected {what} {expected}, found {actual}. The file is damaged or not the expected one; delete it and fetch it again.")
    {
        Path = path;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The file (or URL) that was checked.</summary>
    public string Path { get; }

    /// <summary>The SHA-256 it should have.</summary>
    public string Expected { get; }

    /// <summary>The SHA-256 it has.</summary>
    public string Actual { get; }
}
