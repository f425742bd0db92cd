namespace Nabla.Plots;

/// <summary>
/// A classifier evaluated on a regular grid over the data (with a margin), in one forward pass.
/// <see cref="Z"/>[j][i] belongs to the point (<see cref="Xs"/>[i], <see cref="Ys"/>[j]): p(class 1) for a
/// one-column or two-column model (so both draw the same smooth shading and p = 0.5 line), the arg-max
/// class for K &gt; 2 columns.
/// </summary>
internal sealed record DecisionGrid(double[] Xs, double[] Ys, double[][] Z, int Columns)
{
    /// <summary>True when <see cref="Z"/> holds p(class 1) rather than a class index.</summary>
    public bool Binary => Columns <= 2;

    public static DecisionGrid Evaluate(Func<Tensor, Tensor> model, double[] x, double[] y, int resolution, double margin, ModelOutput output)
    {
        const string chart = "DecisionBoundary";
        var xs = Axis(x, resolution, margin);
        var ys = Axis(y, resolution, margin);
        var grid = new double[resolution * resolution, 2];                  // (M, 2), row j * res + i
        for (var j = 0; j < resolution; j++)
        {
            for (var i = 0; i < resolution; i++)
            {
                (grid[(j * resolution) + i, 0], grid[(j * resolution) + i, 1]) = (xs[i], ys[j]);
            }
        }

        var result = model(Tensor.FromArray(grid))
            ?? throw new InvalidOperationException($"{chart}: the model returned null.");
        var o = result.ToArray();                                          // (M, 1) or (M, K)
        if (o.GetLength(0) != grid.GetLength(0))
        {
            throw new InvalidOperationException(
                $"{chart}: the model must return one row per grid point: expected ({grid.GetLength(0)}, 1 or K), got {result.Shape}.");
        }

        var columns = o.GetLength(1);
        var logits = output == ModelOutput.Logits || (output == ModelOutput.Auto && !AllProbabilities(o));
        var z = new double[resolution][];
        for (var j = 0; j < resolution; j++)
        {
            z[j] = new double[resolution];
            for (var i = 0; i < resolution; i++)
            {
                var r = (j * resolution) + i;
                z[j][i] = columns switch
                {
                    1 => logits ? Sigmoid(o[r, 0]) : o[r, 0],
                    2 => logits ? Sigmoid(o[r, 1] - o[r, 0]) : o[r, 1], // softmax over two logits is the sigmoid of their difference
                    _ => ArgMax(o, r),
                };
            }
        }

        return new DecisionGrid(xs, ys, z, columns);
    }

    /// <summary><paramref name="n"/> evenly spaced values from min - pad to max + pad, pad = margin x range (1 if the range is 0).</summary>
    private static double[] Axis(double[] v, int n, double margin)
    {
        var (min, max) = (v.Min(), v.Max());
        var pad = max > min ? margin * (max - min) : 1.0;
        (min, max) = (min - pad, max + pad);
        return Enumerable.Range(0, n).Select(i => min + ((max - min) * i / (n - 1))).ToArray();
    }

    private static double Sigmoid(double u) => 1 / (1 + Math.Exp(-u));

    private static bool AllProbabilities(double[,] o)
    {
        foreach (var v in o)
        {
            if (!(v >= 0 && v <= 1))
            {
                return false;
            }
        }

        return true;
    }

    private static int ArgMax(double[,] o, int row)
    {
        var best = 0;
        for (var k = 1; k < o.GetLength(1); k++)
        {
            if (o[row, k] > o[row, best])
            {
                best = k;
            }
        }

        return best;
    }
}
