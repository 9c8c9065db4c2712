using System.Text;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// A sample CSV as header and rows of fields (BOMs and CR stripped, ';'-separated, no quoting in the sample), to derive
/// bad files from: every change returns a copy. Row <c>i</c> is on file line <c>i + 2</c> (the header is line 1).
/// </summary>
public sealed class SampleCsv
{
    private readonly string[] _header;
    private readonly List<string[]> _rows;

    public SampleCsv(IEnumerable<string> header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        _header = [.. header];
        _rows = [.. rows.Select(r => (string[])r.Clone())];
    }

    public IReadOnlyList<string> Header => _header;

    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Reads a sample file, or only its first <paramref name="maxRows"/> data rows.</summary>
    public static SampleCsv Read(string path, int? maxRows = null)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).TrimStart('\uFEFF').Split(';');
        var rows = new List<string[]>();
        while ((maxRows is null || rows.Count < maxRows) && reader.ReadLine() is { } line)
        {
            rows.Add(line.Split(';'));
        }
        return new SampleCsv(header, rows);
    }

    /// <summary>The file line of a data row.</summary>
    public static long LineOf(int row) => row + 2;

    public int Column(string name) => Array.IndexOf(_header, name) is var index and >= 0 ? index : throw new ArgumentException($"no column {name}", nameof(name));

    public string Get(int row, string column) => _rows[row][Column(column)];

    /// <summary>The first row at or after <paramref name="from"/> whose columns have the given values.</summary>
    public int FindRow(int from, params (string Column, string Value)[] conditions)
    {
        var indexes = conditions.Select(c => (Index: Column(c.Column), c.Value)).ToList();
        for (var i = from; i < _rows.Count; i++)
        {
            if (indexes.All(c => _rows[i][c.Index] == c.Value))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"no row matches {string.Join(", ", conditions)}");
    }

    public int FindRow(params (string Column, string Value)[] conditions) => FindRow(0, conditions);

    public long Count(string column, string value) => _rows.LongCount(r => r[Column(column)] == value);

    public SampleCsv With(int row, string column, string value)
    {
        var copy = new SampleCsv(_header, _rows);
        copy._rows[row][Column(column)] = value;
        return copy;
    }

    public SampleCsv WithoutColumn(string column)
    {
        var index = Column(column);
        return new SampleCsv(_header.Where((_, i) => i != index), _rows.Select(r => r.Where((_, i) => i != index).ToArray()));
    }

    public SampleCsv WithColumn(string column, string value) =>
        new([.. _header, column], _rows.Select(r => (string[])[.. r, value]));

    public SampleCsv WithRowInserted(int index, IReadOnlyList<string> row)
    {
        var copy = new SampleCsv(_header, _rows);
        copy._rows.Insert(index, [.. row]);
        return copy;
    }

    public SampleCsv Take(int rows) => new(_header, _rows.Take(rows));

    /// <summary>The text of the file without BOM: header and rows, each line ending with <paramref name="newLine"/>.</summary>
    public string ToText(char separator = ';', string newLine = "\n")
    {
        var text = new StringBuilder();
        text.AppendJoin(separator, _header).Append(newLine);
        foreach (var row in _rows)
        {
            text.AppendJoin(separator, row).Append(newLine);
        }
        return text.ToString();
    }

    /// <summary>The bytes of the file as the API exports it: one UTF-8 BOM, ';', LF.</summary>
    public byte[] ToBytes() => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ToText())];
}
