using MathNet.Numerics;

namespace Nabla;

/// <summary>Scalar activation functions shared by <see cref="Tensor"/>, <see cref="Value"/> and the charts.</summary>
public static class Activation
{
    /// <summary>1 / (1 + e^-x), evaluated without overflow for large |x|.</summary>
    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-x));
        }

        var e = Math.Exp(x);
        return e / (1.0 + e);
    }

    /// <summary>ln(1 + e^x) = max(x, 0) + ln(1 + e^-|x|), exact for large |x|.</summary>
    public static double Softplus(double x) => Math.Max(x, 0) + Log1p(Math.Exp(-Math.Abs(x)));

    /// <summary>ln(1 + x), accurate even when x is tiny (where 1 + x rounds to 1).</summary>
    /// <remarks>Uses ln(u) x / (u - 1) with u = 1 + x, which cancels the rounding error of u.</remarks>
    public static double Log1p(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>The standard normal cumulative distribution Phi(x) = (1 + erf(x / sqrt 2)) / 2.</summary>
    public static double NormalCdf(double x) => 0.5 * (1 + SpecialFunctions.Erf(x / Constants.Sqrt2));
}
