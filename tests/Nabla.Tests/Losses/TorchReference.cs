using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla.Tests;

/// <summary>
/// Reads the PyTorch reference files reference/losses.json, activations.json and ops.json (written by
/// tests/reference/make_reference_{losses,activations,ops}.py) and compares engine results with them.
/// </summary>
/// <remarks>
/// Agreement criterion (relative with a floor): |actual - expected| &lt;= 1e-10 * max(1, |expected|).
/// Large numbers are compared relatively, numbers below 1 absolutely, so a gradient entry that is
/// 1e-17 in one library and 0 in the other does not count as a 100% error.
/// </remarks>
internal static class TorchReference
{
    public const double Tolerance = 1e-10;

    private static readonly Dictionary<string, JsonElement[]> Files = [];

    /// <summary>The cases of one reference file, parsed once.</summary>
    public static JsonElement[] Cases(string file)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(file, out var cases))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "reference", file);
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                cases = document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToArray();
                Files[file] = cases;
            }

            return cases;
        }
    }

    /// <summary>The case names of a file, as xunit theory data (one test per case).</summary>
    public static TheoryData<string> Names(string file) => new(NameList(file));

    /// <summary>The case names of a file.</summary>
    public static string[] NameList(string file) => Cases(file).Select(c => c.GetProperty("name").GetString()!).ToArray();

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static JsonElement Case(string file, string name) =>
        Cases(file).Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>A JSON list of rows as a matrix.</summary>
    public static Matrix<double> ReadMatrix(JsonElement rows) =>
        Matrix<double>.Build.DenseOfRows(rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble())));

    /// <summary>A JSON list of rows as a fresh leaf tensor: a constant, or a variable when <paramref name="requiresGrad"/> is true.</summary>
    public static Tensor ReadTensor(JsonElement rows, bool requiresGrad = false) => new(ReadMatrix(rows), requiresGrad);

    /// <summary>|actual - expected| / max(1, |expected|).</summary>
    public static double Deviation(double actual, double expected) =>
        Math.Abs(actual - expected) / Math.Max(1.0, Math.Abs(expected));

    /// <summary>
    /// Asserts that every entry agrees within <see cref="Tolerance"/> (see the class remarks) and returns
    /// the largest deviation, so a test can report it.
    /// </summary>
    public static double AssertClose(string what, Matrix<double> expected, Matrix<double> actual)
    {
        Assert.True(expected.RowCount == actual.RowCount && expected.ColumnCount == actual.ColumnCount,
            $"{what}: expected shape ({expected.RowCount}, {expected.ColumnCount}), got ({actual.RowCount}, {actual.ColumnCount})");
        var worst = 0.0;
        for (var i = 0; i < expected.RowCount; i++)
        {
            for (var j = 0; j < expected.ColumnCount; j++)
            {
                var deviation = Deviation(actual[i, j], expected[i, j]);
                Assert.True(deviation <= Tolerance,
                    $"{what}[{i}, {j}]: PyTorch {expected[i, j]:R}, Nabla {actual[i, j]:R}, deviation {deviation:E2} > {Tolerance:E0}");
                worst = Math.Max(worst, deviation);
            }
        }

        return worst;
    }

    /// <summary>As <see cref="AssertClose(string, Matrix{double}, Matrix{double})"/> for one number.</summary>
    public static double AssertClose(string what, double expected, double actual) =>
        AssertClose(what, Matrix<double>.Build.Dense(1, 1, expected), Matrix<double>.Build.Dense(1, 1, actual));
}
