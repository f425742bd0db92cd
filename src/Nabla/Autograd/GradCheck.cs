namespace Nabla;

/// <summary>
/// Checks back-propagated gradients against centred finite differences. Notebook 03 and every engine test.
/// </summary>
/// <remarks>
/// For each input entry x the numerical derivative is (L(x + h) - L(x - h)) / 2h, whose error shrinks
/// like h^2. It is compared with the analytic gradient a by the relative error |a - n| / max(|a|, |n|)
/// (0 when both are exactly 0). Rough guide in double precision with h = 1e-6: below 1e-7 the
/// gradient is right; around 1e-4 look closer (a kink such as ReLU's at 0 nearby?); above 1e-2 it is wrong.
/// </remarks>
public static class GradCheck
{
    /// <summary>Compares the gradients of <paramref name="loss"/> with respect to <paramref name="inputs"/> with finite differences.</summary>
    /// <param name="loss">Builds the 1x1 loss from the current values of the inputs; called 2n+1 times.</param>
    /// <param name="inputs">The tensors to differentiate with respect to, each made with requiresGrad: true (their Data is perturbed and restored).</param>
    /// <exception cref="ArgumentException">An input does not require a gradient (a constant has none to check).</exception>
    public static GradCheckReport Run(Func<Tensor> loss, params Tensor[] inputs) => Run(loss, inputs, 1e-6);

    /// <summary>As <see cref="Run(Func{Tensor}, Tensor[])"/>, with the step size h.</summary>
    /// <exception cref="ArgumentException">An input does not require a gradient (a constant has none to check).</exception>
    public static GradCheckReport Run(Func<Tensor> loss, IReadOnlyList<Tensor> inputs, double h)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(inputs);
        for (var k = 0; k < inputs.Count; k++)
        {
            if (!inputs[k].RequiresGrad)
            {
                throw new ArgumentException(
                    $"GradCheck expects inputs that require gradients; input {k} of shape {inputs[k].Shape} does not: make it with requiresGrad: true.",
                    nameof(inputs));
            }

            inputs[k].ZeroGrad();
        }

        loss().Backward();
        var analytic = inputs.Select(t => t.Grad.Clone()).ToArray();

        var worst = new GradCheckEntry(0, 0, 0, 0, 0, 0);
        double diffSquares = 0, normSquares = 0;
        var count = 0;
        for (var k = 0; k < inputs.Count; k++)
        {
            var x = inputs[k].Data;
            for (var i = 0; i < x.RowCount; i++)
            {
                for (var j = 0; j < x.ColumnCount; j++)
                {
                    var saved = x[i, j];
                    x[i, j] = saved + h;
                    var plus = loss().Item();
                    x[i, j] = saved - h;
                    var minus = loss().Item();
                    x[i, j] = saved;

                    var numeric = (plus - minus) / (2 * h);
                    var a = analytic[k][i, j];
                    var error = RelativeError(a, numeric);
                    if (error > worst.RelativeError || count == 0)
                    {
                        worst = new GradCheckEntry(k, i, j, a, numeric, error);
                    }

                    diffSquares += (a - numeric) * (a - numeric);
                    normSquares += a * a + numeric * numeric;
                    count++;
                }
            }
        }

        var overall = normSquares == 0 ? 0 : Math.Sqrt(diffSquares) / Math.Sqrt(normSquares);
        return new GradCheckReport(worst, overall, count);
    }

    /// <summary>|a - n| / max(|a|, |n|), and 0 when both are 0.</summary>
    public static double RelativeError(double a, double n)
    {
        var scale = Math.Max(Math.Abs(a), Math.Abs(n));
        return scale == 0 ? 0 : Math.Abs(a - n) / scale;
    }
}

/// <summary>One compared gradient entry: which input, where, both values and their relative error.</summary>
public sealed record GradCheckEntry(int Input, int Row, int Column, double Analytic, double Numeric, double RelativeError);

/// <summary>The outcome of <see cref="GradCheck.Run(Func{Tensor}, Tensor[])"/>.</summary>
/// <param name="Worst">The entry with the largest relative error.</param>
/// <param name="OverallRelativeError">||a - n|| / sqrt(||a||^2 + ||n||^2) over all entries together.</param>
/// <param name="Count">How many entries were compared.</param>
public sealed record GradCheckReport(GradCheckEntry Worst, double OverallRelativeError, int Count)
{
    /// <summary>The largest relative error of any entry.</summary>
    public double MaxRelativeError => Worst.RelativeError;

    /// <summary>True when every entry's relative error is at most <paramref name="tolerance"/>.</summary>
    public bool Passed(double tolerance = 1e-7) => MaxRelativeError <= tolerance;

    /// <summary>Throws with this report's text when <see cref="Passed"/> is false (for self-check cells and tests).</summary>
    public void EnsurePassed(double tolerance = 1e-7)
    {
        if (!Passed(tolerance))
        {
            throw new InvalidOperationException($"Gradient check failed (tolerance {tolerance:G2}): {this}");
        }
    }

    /// <summary>A one-line summary naming the worst entry.</summary>
    public override string ToString() =>
        $"{Count} entries, worst relative error {MaxRelativeError:E2} at input {Worst.Input} [{Worst.Row}, {Worst.Column}] " +
        $"(backprop {Worst.Analytic:G10}, finite differences {Worst.Numeric:G10}); overall {OverallRelativeError:E2}";
}
