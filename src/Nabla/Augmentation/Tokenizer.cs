using System.Text;

namespace Nabla;

/// <summary>Splits a sentence into lowercase words, the unit the text augmentations and the bag of words work on.</summary>
public static class Tokenizer
{
    /// <summary>
    /// Lowercases the text, turns every character other than a letter, digit, apostrophe or hyphen into a space,
    /// splits on spaces, and trims apostrophes and hyphens from the ends of each word (dropping what is left
    /// empty): "Funny, clever -- and DON'T!" -> [funny, clever, and, don't].
    /// </summary>
    public static string[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            cleaned.Append(char.IsLetterOrDigit(ch) || ch == '\'' || ch == '-' ? char.ToLowerInvariant(ch) : ' ');
        }

        return cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('\'', '-'))
            .Where(word => word.Length > 0)
            .ToArray();
    }
}
