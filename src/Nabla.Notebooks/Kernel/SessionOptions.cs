namespace Nabla.Notebooks;

/// <summary>Settings of a <see cref="NotebookSession"/>.</summary>
/// <param name="MaxOutputChars">
/// Largest output kept, in characters per mime entry or stream; longer text is cut and a
/// note says how many characters were dropped (HTML and other rich content is replaced by the note).
/// </param>
public sealed record SessionOptions(int MaxOutputChars = SessionOptions.DefaultMaxOutputChars)
{
    /// <summary>Default output limit: one million characters (about 1 MB).</summary>
    public const int DefaultMaxOutputChars = 1_000_000;
}
