using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Nabla.Notebooks.Tests;

/// <summary>
/// A one-question assignment scored on held-out images (4 points: accuracy ≥ 0.5 earns 2, ≥ 0.9 earns 4), and a
/// held-out set made for it: 20 synthetic 28x28 images where image i, of class i mod 10, is black except pixel
/// (i mod 10) which is white. A classifier that reads pixel k as the score of class k is right on all of them.
/// </summary>
public static class HeldOutAssignment
{
    /// <summary>The classifier that is right on every held-out image.</summary>
    public const string Perfect = "Sequential Classifier()\n{\n    var linear = new Linear(784, 10, new Random(0));\n    linear.W.Data.Clear();\n" +
        "    linear.b.Data.Clear();\n    for (int k = 0; k < 10; k++)\n        linear.W.Data[k, k] = 1;\n    return new Sequential(linear);\n}";

    /// <summary>Right on classes 0-4 only: for the others every score is 0 and the arg-max is class 0 (accuracy 0.5).</summary>
    public const string Half = "Sequential Classifier()\n{\n    var linear = new Linear(784, 10, new Random(0));\n    linear.W.Data.Clear();\n" +
        "    linear.b.Data.Clear();\n    for (int k = 0; k < 5; k++)\n        linear.W.Data[k, k] = 1;\n    return new Sequential(linear);\n}";

    /// <summary>Ten outputs but over 16 MiB of weights (2.1 million).</summary>
    public const string TooBig = "Sequential Classifier() => new Sequential(new Linear(784, 2700, new Random(0)), new Linear(2700, 10, new Random(1)));";

    /// <summary>A model with 3 outputs: the question's own check fails, so the held-out score is not measured.</summary>
    public const string ThreeOutputs = "Sequential Classifier() => new Sequential(new Linear(784, 3, new Random(0)));";

    public static Notebook Source()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.NbFormatMinor = 5;
        var tests = AssignmentBuilder.Tests("q1-tests", 4,
            "var saved = Sequential.Load(\"classifier.nabla\");\n" +
            "Expect.Equal(\"q1 ten scores\", Trainer.Predict(saved, MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 784)).Columns, 10);\n" +
            // The instructor's own probes of the sandbox: the kit's data is there, the held-out images beside it are not.
            "string data = Environment.GetEnvironmentVariable(\"NABLA_DATA\")!;\n" +
            "Expect.True(\"q1 the kit's data is readable\", System.IO.File.Exists(System.IO.Path.Combine(data, \"README.md\")), \"NABLA_DATA names the data\");\n" +
            "Expect.True(\"q1 the held-out images are out of reach\", !System.IO.Directory.Exists(System.IO.Path.Combine(data, \"..\", \"held-out\")), \"no held-out folder in view\");");
        tests.Metadata["nabla"] = JsonNode.Parse("""
            {"held_out": {"model_file": "classifier.nabla", "thresholds": [{"accuracy": 0.5, "points": 2}, {"accuracy": 0.9, "points": 4}]}}
            """);
        notebook.Cells.AddRange(
        [
            AssignmentBuilder.Text("intro", "# A classifier"),
            AssignmentBuilder.With(Cell.Code("#r \"nuget: Nabla.Interactive, 0.9.0\"\nusing Nabla;"), AssignmentBuilder.Nbgrader("setup", locked: true)),
            AssignmentBuilder.Solution("q1-solution", "Sequential Classifier()\n{\n    // ### BEGIN SOLUTION\n" +
                string.Join("\n", Perfect.Split('\n')[2..^1]) + "\n    // ### END SOLUTION\n}"),
            AssignmentBuilder.With(Cell.Code("Classifier().Save(\"classifier.nabla\");"), AssignmentBuilder.Nbgrader("save", locked: true)),
            tests,
        ]);
        for (int i = 0; i < notebook.Cells.Count; i++)
            notebook.Cells[i].Id = notebook.Cells[i].Metadata["nbgrader"]!["grade_id"]!.GetValue<string>();
        return notebook;
    }

    /// <summary>The student version with <paramref name="q1"/> as the solution cell.</summary>
    public static Notebook Answer(Notebook student, string q1)
    {
        var copy = Notebook.Parse(student.ToJson(withOutputs: false), "answer");
        copy.Cells.Single(c => c.Id == "q1-solution").Source = q1;
        return copy;
    }

    /// <summary>The 20 images, as the pixel bytes of image i (row-major).</summary>
    public static byte[] Image(int i)
    {
        var pixels = new byte[784];
        pixels[i % 10] = 255;
        return pixels;
    }

    /// <summary>Writes Fashion-MNIST-style test files (t10k-*.gz) of <paramref name="images"/> with labels i mod 10 into <paramref name="folder"/>.</summary>
    public static void WriteTestFiles(string folder, IReadOnlyList<byte[]> images, IReadOnlyList<byte>? labels = null)
    {
        Directory.CreateDirectory(folder);
        WriteIdx(Path.Combine(folder, "t10k-images-idx3-ubyte.gz"), [images.Count, 28, 28], [.. images.SelectMany(x => x)]);
        byte[] labelBytes = [.. labels ?? [.. images.Select((_, i) => (byte)(i % 10))]];
        WriteIdx(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"), [labelBytes.Length], labelBytes);
    }

    /// <summary>An IDX file of unsigned bytes, gzip-compressed, written byte by byte from the format's definition.</summary>
    public static void WriteIdx(string path, int[] dimensions, byte[] data)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write([0, 0, 0x08, (byte)dimensions.Length]);
        var number = new byte[4];
        foreach (int d in dimensions)
        {
            BinaryPrimitives.WriteInt32BigEndian(number, d);
            gzip.Write(number);
        }
        gzip.Write(data);
    }
}
