using static System.FormattableString;

namespace Nabla;

/// <summary>
/// Checks of optimizer hyper-parameters, with messages that say which optimizer, which value was
/// expected and which was found (torch.optim makes the same checks).
/// </summary>
internal static class HyperParameter
{
    /// <summary>Requires a learning rate: a finite number &gt;= 0.</summary>
    /// <returns>The value, unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, infinite or NaN.</exception>
    public static double LearningRate(string optimizer, double value) =>
        value >= 0 && !double.IsPositiveInfinity(value)
            ? value
            : throw new ArgumentOutOfRangeException("lr", value, Invariant($"{optimizer}: learning rate lr must be a finite number >= 0, got {value}."));

    /// <summary>Requires a finite number &gt;= 0 (weight decay, eps, momentum, lr decay, ...).</summary>
    /// <returns>The value, unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, infinite or NaN.</exception>
    public static double NonNegative(string optimizer, string name, double value) =>
        value >= 0 && !double.IsPositiveInfinity(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, Invariant($"{optimizer}: {name} must be a finite number >= 0, got {value}."));

    /// <summary>Requires a decay rate in [0, 1) (beta1, beta2: 1 would never forget anything).</summary>
    /// <returns>The value, unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1) or NaN.</exception>
    public static double DecayRate(string optimizer, string name, double value) =>
        value >= 0 && value < 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, Invariant($"{optimizer}: {name} must be in [0, 1), got {value}."));

    /// <summary>Requires a fraction in [0, 1] (Adadelta's rho).</summary>
    /// <returns>The value, unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or NaN.</exception>
    public static double Fraction(string optimizer, string name, double value) =>
        value >= 0 && value <= 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, Invariant($"{optimizer}: {name} must be in [0, 1], got {value}."));
}
