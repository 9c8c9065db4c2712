using System.Text;

namespace Warehouse.Tests.Sample;

/// <summary>A generated CSV read back by plain parsing: BOMs stripped, LF or CRLF, <c>;</c>-separated, no quoting.</summary>
public sealed class SampleTable
{
    private readonly Dictionary<string, int> _index;

    private SampleTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static SampleTable Read(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        Assert.False(text.Contains('"', StringComparison.Ordinal), "no field of the sample needs quoting");
        var lines = text.Split('\n');
        Assert.Equal(string.Empty, lines[^1]); // the last line ends with a line break
        var records = lines[..^1].Select(l => l.TrimEnd('\r').Split(';')).ToList();
        var header = records[0];
        records.RemoveAt(0);
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));
        return new SampleTable(header, records);
    }

    public int Column(string name) => _index[name];

    public string Get(string[] row, string column) => row[_index[column]];

    public long Number(string[] row, string column) => long.Parse(row[_index[column]], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>(annee, profession_sante, region, departement) of a row.</summary>
    public (string Year, string Profession, string Region, string Departement) Key(string[] row) =>
        (Get(row, "annee"), Get(row, "profession_sante"), Get(row, "region"), Get(row, "departement"));

    public IEnumerable<string[]> Where(string column, string value) => Rows.Where(r => r[_index[column]] == value);
}
