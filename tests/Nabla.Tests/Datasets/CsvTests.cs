namespace Nabla.Tests;

/// <summary>The CSV reader: quoting, gzip, and errors that name the file, the line and the column.</summary>
public sealed class CsvTests
{
    [Fact]
    public void ParsesHeaderQuotedFieldsAndSkipsBlankLines()
    {
        var table = Csv.Parse(new StringReader("a,b,c\n1,\"x, \"\"y\"\"\",3\n\n4,,6\n"), "t.csv");
        Assert.Equal(["a", "b", "c"], table.Header!);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["1", "x, \"y\"", "3"], table.Rows[0].Fields);
        Assert.Equal(4, table.Rows[1].Line);                                    // the blank line 3 still counts
        Assert.Equal("", table.Rows[1].Fields[1]);
    }

    [Fact]
    public void RowWithMissingColumnNamesFileLineAndCounts()
    {
        var table = Csv.Parse(new StringReader("150,4,setosa\n5.1,3.5,1.4,0.2,0\n4.9,3.0,1.4,0\n"), "iris.csv");
        var error = Assert.Throws<InvalidDataException>(() => table.EnsureColumns(5));
        Assert.Equal("iris.csv line 3: expected 5 columns, found 4.", error.Message);
    }

    [Fact]
    public void NonNumberNamesLineAndColumn()
    {
        var table = Csv.Parse(new StringReader("x,y\n1,2\n3,abc\n"), "n.csv");
        Assert.Equal(2.0, table.Number(0, 1));
        var error = Assert.Throws<InvalidDataException>(() => table.Numbers(0, 2));
        Assert.Equal("n.csv line 3, column 2: expected a number, found 'abc'.", error.Message);
        var integer = Assert.Throws<InvalidDataException>(() => Csv.Parse(new StringReader("1.5\n"), "i.csv", hasHeader: false).Integer(0, 0));
        Assert.Equal("i.csv line 1, column 1: expected a whole number, found '1.5'.", integer.Message);
    }

    [Fact]
    public void NanIsRefusedWithLineColumnAndText()
    {
        var table = Csv.Parse(new StringReader("x,y\n1,2\n3,NaN\n"), "n.csv");
        var error = Assert.Throws<InvalidDataException>(() => table.Numbers(0, 2));
        Assert.Equal("n.csv line 3, column 2: expected a finite number, found 'NaN'.", error.Message);
    }

    [Fact]
    public void ANumberTooLargeForADoubleIsRefusedNotReadAsInfinity()
    {
        var table = Csv.Parse(new StringReader("x,y\n1e999,2\n"), "big.csv");
        var error = Assert.Throws<InvalidDataException>(() => table.Number(0, 0));
        Assert.Equal("big.csv line 2, column 1: expected a finite number, found '1e999' (too large for a double: it would become infinity).", error.Message);
        error = Assert.Throws<InvalidDataException>(() => Csv.Parse(new StringReader("-Infinity\n"), "inf.csv", hasHeader: false).Number(0, 0));
        Assert.Equal("inf.csv line 1, column 1: expected a finite number, found '-Infinity'.", error.Message);
    }

    [Fact]
    public void UnclosedQuoteIsReported()
    {
        var error = Assert.Throws<InvalidDataException>(() => Csv.Parse(new StringReader("a,b\n1,\"open\n"), "q.csv"));
        Assert.Equal("q.csv line 2, column 2: expected a closing quote, found the end of the line.", error.Message);
    }

    [Fact]
    public void ReadsGzipCompressedCsv()
    {
        var folder = DataPaths.NewTempFolder();
        var path = Path.Combine(folder, "small.csv.gz");
        File.WriteAllBytes(path, IdxFiles.Gzip("1,2\n3,4\n"u8.ToArray()));
        var table = Csv.Read(path, hasHeader: false).EnsureColumns(2);
        Assert.Equal([1.0, 2.0, 3.0, 4.0], table.Numbers(0, 2).ToRowMajorArray());
    }

    [Fact]
    public void ScikitLearnLayoutChecksTheHeaderPromise()
    {
        var folder = DataPaths.NewTempFolder();
        var lines = File.ReadAllLines(Path.Combine(DataPaths.Data, "uci", "iris.csv"));
        var shortened = Path.Combine(folder, "iris.csv");
        File.WriteAllLines(shortened, lines[..^1]);                             // drop the last row
        var error = Assert.Throws<InvalidDataException>(() => SklearnCsv.Load(shortened));
        Assert.Equal("iris.csv: the header promises 150 rows, found 149.", error.Message);

        lines[17] = "5.4,3.9,1.3";                                              // line 18 of the file
        File.WriteAllLines(shortened, lines);
        var columns = Assert.Throws<InvalidDataException>(() => SklearnCsv.Load(shortened));
        Assert.Equal("iris.csv line 18: expected 5 columns, found 3.", columns.Message);

        lines[17] = "5.4,3.9,1.3,0.4,7";
        File.WriteAllLines(shortened, lines);
        var label = Assert.Throws<InvalidDataException>(() => SklearnCsv.Load(shortened));
        Assert.Equal("iris.csv line 18, column 5: expected a class index in 0..2, found 7.", label.Message);
    }
}
