namespace Nabla;

/// <summary>
/// A model file could not be written or read: wrong magic, unsupported version, truncated, corrupted
/// (checksum mismatch), or an architecture that does not match its weights. The message names the file,
/// what was expected and what was found. Loading never returns a half-loaded model.
/// </summary>
public sealed class ModelFileException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the file's path.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="problem">What was expected and what was found.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ModelFileException(string path, string problem, Exception? inner = null)
        : base($"Model file '{path}': {problem}", inner)
    {
        Path = path;
    }

    /// <summary>The model file's path.</summary>
    public string Path { get; }
}
