namespace Nabla;

/// <summary>
/// Thrown by an <see cref="Expect"/> check that fails. The message names the check and shows what was expected and
/// what was found, for example "q1 large logit: expected 800, found Infinity (tolerance 1e-08, relative to max(1, |expected|))".
/// </summary>
public sealed class ExpectationFailedException : Exception
{
    /// <summary>Creates the exception with a generic message and no check name.</summary>
    public ExpectationFailedException()
        : base("An expectation failed.")
    {
    }

    /// <summary>Creates the exception with a message and no check name.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public ExpectationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no check name, and the error that caused it.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The underlying error.</param>
    public ExpectationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the failed check <paramref name="name"/>.</summary>
    /// <param name="name">The check's name, as given to <see cref="Expect"/>.</param>
    /// <param name="message">The full message, starting with the name.</param>
    public ExpectationFailedException(string name, string message)
        : base(message)
    {
        Name = name;
    }

    /// <summary>The name of the check that failed, or null when the exception was made without one.</summary>
    public string? Name { get; }
}
