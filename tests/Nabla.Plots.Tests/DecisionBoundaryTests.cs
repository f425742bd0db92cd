using System.Text.Json;

namespace Nabla.Plots.Tests;

public sealed class DecisionBoundaryTests
{
    private static readonly double[,] Points = { { -1, -1 }, { 1, 1 }, { -1, 1 }, { 1, -1 } };
    private static readonly int[] Labels = [0, 1, 0, 1];

    /// <summary>A "model" computing each output row from the point's coordinates.</summary>
    private static Func<Tensor, Tensor> Model(Func<double, double, double[]> f) => x =>
    {
        var a = x.ToArray();
        var rows = Enumerable.Range(0, a.GetLength(0)).Select(r => f(a[r, 0], a[r, 1])).ToArray();
        var result = new double[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                result[r, c] = rows[r][c];
            }
        }

        return Tensor.FromArray(result);
    };

    private static double[][] Z(JsonElement trace) =>
        trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    [Fact]
    public void The_model_sees_the_grid_as_a_constant_so_no_gradient_is_computed()
    {
        var seen = new List<bool>();
        Plot.DecisionBoundary(x => { seen.Add(x.RequiresGrad); return Model((x1, _) => [x1])(x); }, Points, Labels, resolution: 5);
        Assert.Equal([false], seen);
    }

    [Fact]
    public void Binary_probabilities_give_shading_a_half_line_and_the_points()
    {
        var chart = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [x1 > 0 ? 0.9 : 0.1]), Points, Labels, resolution: 11));

        Assert.Equal(["p(class 1)", "p = 0.5", "class 0", "class 1"], chart.Names);
        var shading = chart.Trace("p(class 1)");
        Assert.Equal("contour", ChartJson.Text(shading, "type"));
        var xs = ChartJson.Numbers(shading, "x");
        Assert.Equal(11, xs.Length);
        Assert.Equal(-1.2, xs[0]!.Value, 12);                               // data range [-1, 1] plus 10%
        Assert.Equal(1.2, xs[^1]!.Value, 12);
        var z = Z(shading);
        Assert.Equal(11, z.Length);
        Assert.All(z, row => Assert.Equal(11, row.Length));
        Assert.All(z, row => Assert.Equal(0.1, row[0]));                  // z[j][i] belongs to x = xs[i]
        Assert.All(z, row => Assert.Equal(0.9, row[^1]));
        Assert.Equal(0.5, chart.Trace("p = 0.5").GetProperty("contours").GetProperty("start").GetDouble());
        Assert.Equal([-1.0, -1.0], ChartJson.Numbers(chart.Trace("class 0"), "x"));
    }

    [Fact]
    public void One_column_outside_zero_one_is_read_as_logits()
    {
        var chart = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [10 * x1]), Points, Labels, resolution: 3));
        var z = Z(chart.Trace("p(class 1)"));
        Assert.Equal(0.5, z[0][1], 12);                                   // logit 0 at x1 = 0
        Assert.True(z[0][2] > 0.99);

        var asProbabilities = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [0.5 + (0.1 * x1)]), Points, Labels, 3, output: ModelOutput.Logits));
        Assert.Equal(1 / (1 + Math.Exp(-0.5)), Z(asProbabilities.Trace("p(class 1)"))[0][1], 12);
    }

    [Fact]
    public void Two_columns_are_softmax_logits_shaded_smoothly_like_one()
    {
        // Logits (u0, u1) = (0, 10·x1): p(class 1) = softmax(u)₁ = σ(10·x1), the same as a one-column logit 10·x1.
        var two = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [0, 10 * x1]), Points, Labels, resolution: 3, classNames: ["a", "b"]));
        var one = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [10 * x1]), Points, Labels, resolution: 3, classNames: ["a", "b"]));

        Assert.Equal(["p(b)", "p = 0.5", "a", "b"], two.Names);
        Assert.Equal("contour", ChartJson.Text(two.Trace("p(b)"), "type"));
        Assert.Equal(Z(one.Trace("p(b)")), Z(two.Trace("p(b)")));
        Assert.Equal(0.5, Z(two.Trace("p(b)"))[0][1], 12);

        var probabilities = ChartJson.Of(Plot.DecisionBoundary(Model((x1, _) => [0.7, 0.3]), Points, Labels, resolution: 3));
        Assert.All(Z(probabilities.Trace("p(class 1)")), row => Assert.All(row, p => Assert.Equal(0.3, p, 12)));
    }

    [Fact]
    public void K_columns_colour_the_arg_max_class()
    {
        var chart = ChartJson.Of(Plot.DecisionBoundary(
            Model((x1, x2) => [0, x1, x2]), Points, [0, 1, 2, 1], resolution: 5, classNames: ["a", "b", "c"]));

        Assert.Equal(["predicted class", "a", "b", "c"], chart.Names);
        var regions = chart.Trace("predicted class");
        Assert.Equal("heatmap", ChartJson.Text(regions, "type"));
        var z = Z(regions);
        Assert.Equal(1.0, z[0][4]);                                       // x1 > x2 there
        Assert.Equal(2.0, z[4][0]);
        Assert.Equal(0.0, z[0][0]);
    }

    [Fact]
    public void A_module_is_evaluated_in_eval_mode_and_its_mode_restored()
    {
        var net = new Sequential(new Linear(2, 4, new Random(1)), new Tanh(), new Linear(4, 1, new Random(2)), new Sigmoid());

        var chart = ChartJson.Of(Plot.DecisionBoundary(net, Points, Labels, resolution: 4));
        Assert.True(net.IsTraining);
        net.Eval();
        Plot.DecisionBoundary(net, Points, Labels, resolution: 4);
        Assert.False(net.IsTraining);
        Assert.Equal(4, Z(chart.Trace("p(class 1)")).Length);
    }

    [Fact]
    public void Errors_name_what_was_expected()
    {
        Assert.StartsWith("DecisionBoundary: the model must return one row per grid point: expected (9, 1 or K), got (1, 1)",
            Assert.Throws<InvalidOperationException>(() => Plot.DecisionBoundary(_ => Tensor.Scalar(1), Points, Labels, 3)).Message);
        Assert.StartsWith("DecisionBoundary: points has 4 points but labels has 2",
            Assert.Throws<ArgumentException>(() => Plot.DecisionBoundary(x => x, Points, [0, 1])).Message);
        Assert.StartsWith("DecisionBoundary: points has no points",
            Assert.Throws<ArgumentException>(() => Plot.DecisionBoundary(x => x, new double[0, 2], [])).Message);
    }
}
