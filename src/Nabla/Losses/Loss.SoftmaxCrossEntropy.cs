using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public static partial class Loss
{
    /// <summary>
    /// Softmax and cross-entropy as ONE operation with its own backward rule, dL/du = softmax(u) - d: the gradient
    /// lesson 02 derives, applied in one pass instead of back through the chain exp, sum, log, subtract, pick, reduce.
    /// Both <see cref="CrossEntropy(Tensor, int[], Reduction)"/> overloads run it; their arguments are checked there.
    /// </summary>
    /// <remarks>
    /// <para>Forward, for one example (a row u of the logits, C classes, m = max_k u_k):
    /// ln softmax(u)_k = (u_k - m) - ln sum_j e^(u_j - m). Shifting by m changes nothing (it cancels between the two
    /// terms) but keeps every exponent &lt;= 0, so nothing overflows even at logits of +-1000. The loss is
    /// -ln softmax(u)_y for the label y, or -sum_k d_k ln softmax(u)_k for target probabilities d. These are the
    /// operations of the composed route <c>NllLoss(u.LogSoftmax(), y)</c>, in the same order, so the loss is the
    /// same to the last bit.</para>
    /// <para>Backward: lesson 02's result, predicted probabilities minus targets (section 6 shows its two-class form,
    /// sigma(u) - d). With S = sum_j e^(u_j), the loss of a label is L = ln S - u_y, so
    /// dL/du_k = (1 / S) dS/du_k - d(u_y)/du_k = e^(u_k) / S - [k = y] = softmax(u)_k - d_k:
    /// the predicted probabilities minus the one-hot target. For soft targets L = sum_j d_j (ln S - u_j) gives
    /// dL/du_k = softmax(u)_k sum_j d_j - d_k (the same when the row of d sums to 1), and dL/dd_k = -ln softmax(u)_k.</para>
    /// <para>The mean divides these by N and <see cref="Reduction.None"/> (an (N, 1) column of per-example losses)
    /// scales row i by its own upstream gradient. softmax(u) - d is computed in the forward pass, where the
    /// exponentials are at hand, into a matrix from <see cref="Tensor.NewMatrix"/>; the backward pass only scales it.</para>
    /// </remarks>
    /// <param name="logits">Scores u, (N, C).</param>
    /// <param name="labels">One class per row (checked), or null when <paramref name="target"/> is given.</param>
    /// <param name="target">Target probabilities d, (N, C) (checked), or null when <paramref name="labels"/> are given.</param>
    /// <param name="reduction">Mean, Sum (1x1) or None ((N, 1)).</param>
    private static Tensor SoftmaxCrossEntropy(Tensor logits, int[]? labels, Tensor? target, Reduction reduction)
    {
        if (reduction is not (Reduction.Mean or Reduction.Sum or Reduction.None))
        {
            throw UnknownReduction(reduction);
        }

        int n = logits.Rows, c = logits.Columns;
        var u = Values(logits.Data);                                            // u[k * n + i] = u_ik (column-major)
        var d = target is null ? null : Values(target.Data);
        var dLdu = logits.RequiresGrad ? Tensor.NewMatrix(n, c) : null;         // softmax(u) - d, for the backward pass
        var dLdd = target is { RequiresGrad: true } ? Tensor.NewMatrix(n, c) : null;   // -ln softmax(u)
        var g = dLdu?.AsColumnMajorArray();
        var t = dLdd?.AsColumnMajorArray();
        var losses = reduction == Reduction.None ? Tensor.NewMatrix(n, 1) : null;   // (N, 1)
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var m = double.NegativeInfinity;                                    // m = max_k u_k (NaN if one is NaN)
            for (var k = i; k < u.Length; k += n)
            {
                m = Math.Max(m, u[k]);
            }

            var sum = 0.0;                                                      // sum_k e^(u_k - m), left to right
            for (var k = i; k < u.Length; k += n)
            {
                var e = Math.Exp(u[k] - m);
                sum += e;
                if (g is not null)
                {
                    g[k] = e;
                }
            }

            var logSum = Math.Log(sum);                                         // ln softmax(u)_k = (u_k - m) - logSum
            double loss;
            if (d is null)
            {
                var y = labels![i] * n + i;
                loss = -((u[y] - m) - logSum);                                  // -ln softmax(u)_y
                if (g is not null)
                {
                    for (var k = i; k < u.Length; k += n)
                    {
                        g[k] /= sum;                                            // softmax(u)_k
                    }

                    g[y] -= 1;                                                  // - [k = y]
                }
            }
            else
            {
                double dot = 0.0, mass = 0.0;                                   // sum_k d_k ln softmax(u)_k, sum_k d_k
                for (var k = i; k < u.Length; k += n)
                {
                    var logP = (u[k] - m) - logSum;
                    dot += d[k] * logP;
                    mass += d[k];
                    if (t is not null)
                    {
                        t[k] = -logP;                                           // dL/dd_k = -ln softmax(u)_k
                    }
                }

                loss = -dot;
                if (g is not null)
                {
                    for (var k = i; k < u.Length; k += n)
                    {
                        g[k] = g[k] / sum * mass - d[k];                        // softmax(u)_k sum_j d_j - d_k
                    }
                }
            }

            if (losses is not null)
            {
                losses[i, 0] = loss;
            }

            total += loss;                                                      // in row order, as Sum() adds
        }

        var result = losses ?? Tensor.NewMatrix(1, 1);
        if (losses is null)
        {
            result[0, 0] = reduction == Reduction.Mean ? total * (1.0 / n) : total;   // as Mean() = Sum() * (1 / N)
        }

        Tensor[] parents = target is null ? [logits] : [logits, target];
        return Tensor.FromOp(result, "softmax_cross_entropy", parents, r =>
        {
            if (dLdu is not null)
            {
                AddScaledRows(logits.Grad, dLdu, r.Grad, reduction);           // dL/du += upstream * (softmax(u) - d)
            }

            if (dLdd is not null)
            {
                AddScaledRows(target!.Grad, dLdd, r.Grad, reduction);          // dL/dd += upstream * (-ln softmax(u))
            }
        });
    }

    /// <summary>
    /// grad += upstream * local, where the upstream gradient is the loss's: one number (times 1/N for the mean),
    /// or one per row for <see cref="Reduction.None"/>.
    /// </summary>
    private static void AddScaledRows(Matrix<double> grad, Matrix<double> local, Matrix<double> upstream, Reduction reduction)
    {
        var sum = grad.AsColumnMajorArray()!;                   // the engine makes every gradient dense
        var x = Values(local);
        var up = Values(upstream);                              // (1, 1), or (N, 1) for Reduction.None
        var n = grad.RowCount;
        if (reduction == Reduction.None)
        {
            for (int j = 0, k = 0; j < grad.ColumnCount; j++)
            {
                for (var i = 0; i < n; i++, k++)
                {
                    sum[k] += up[i] * x[k];                             // row i's own upstream gradient
                }
            }

            return;
        }

        var s = reduction == Reduction.Mean ? up[0] * (1.0 / n) : up[0];    // as Mean() = Sum() * (1 / N)
        for (var k = 0; k < x.Length; k++)
        {
            sum[k] += s * x[k];
        }
    }

    /// <summary>The entries of a dense matrix, column by column, without a copy (a copy for other storage).</summary>
    private static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();
}
