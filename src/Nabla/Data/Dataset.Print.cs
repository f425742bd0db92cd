using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Nabla;

public sealed partial record Dataset
{
    /// <summary>
    /// The members a record prints in <c>ToString()</c> ("Dataset { X = ..., Y = ..., Count = 150, ... }"), written out
    /// so that a dataset without rows prints too: MathNet cannot print a matrix that has no entries, and the
    /// printout of an empty dataset used to fail with "Sequence contains no elements".
    /// </summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("X = ").Append(Print(X))
            .Append(", Y = ").Append(Print(Y))
            .Append(", Labels = ").Append(Labels)
            .Append(", Count = ").Append(Count)
            .Append(", Features = ").Append(Features)
            .Append(", IsClassification = ").Append(IsClassification);
        return true;
    }

    /// <summary>MathNet's printout of <paramref name="m"/>, or "DenseMatrix 0x3-Double (empty)" when it has no entries.</summary>
    private static string Print(Matrix<double> m) => m.RowCount == 0 || m.ColumnCount == 0 ? m.ToTypeString() + " (empty)" : m.ToString();
}
