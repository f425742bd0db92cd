namespace Nabla;

/// <summary>Standard normal samples from a seeded <see cref="Random"/> (Box-Muller transform).</summary>
/// <remarks>
/// If u1, u2 are uniform on (0, 1], then sqrt(-2 ln u1) cos(2 pi u2) is N(0, 1).
/// Kept here so that every random number in the kit comes from a <see cref="Random"/> the caller seeds.
/// </remarks>
public static class Gaussian
{
    /// <summary>One sample from N(0, 1).</summary>
    public static double Sample(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var u1 = 1.0 - rng.NextDouble(); // in (0, 1]: ln(u1) is finite
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
