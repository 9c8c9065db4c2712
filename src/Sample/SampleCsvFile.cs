using System.Text;
using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// One dataset's CSV on disk, in the exact shape the portal sends (docs/data-format.md): <c>;</c>, UTF-8, CRLF on every
/// line, no quoting at all; API: one BOM, field names; browser: two BOMs, field labels. Rows come out in no particular
/// order, as in real exports: a seeded shuffle within a bounded window keeps the output deterministic and streamed.
/// Rows are filled through a reused buffer bound by column name, so the writers never depend on the column order.
/// </summary>
internal sealed class SampleCsvFile : IDisposable
{
    /// <summary>Rows held back and released at random: enough to interleave years, professions and territories.</summary>
    private const int ShuffleWindow = 50_000;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private readonly StreamWriter _writer;
    private readonly DatasetDefinition _dataset;
    private readonly string _path;
    private readonly Random _random;
    private readonly List<string> _window = new(ShuffleWindow);
    private readonly StringBuilder _line = new();

    private SampleCsvFile(StreamWriter writer, DatasetDefinition dataset, string path, int seed)
    {
        _writer = writer;
        _dataset = dataset;
        _path = path;
        _random = new Random(seed);
        Row = new string[dataset.CsvColumns.Count];
    }

    /// <summary>The fields of the next row, in the dataset's column order; fields keep their value until overwritten.</summary>
    public string[] Row { get; }

    public long Rows { get; private set; }

    public static SampleCsvFile Create(string path, DatasetDefinition dataset, SampleVariant variant, int seed)
    {
        var browser = variant == SampleVariant.Browser;
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            stream.Write(ByteOrderMark);
            if (browser)
            {
                stream.Write(ByteOrderMark); // a browser download starts with two
            }
            var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20) { NewLine = "\r\n" };
            var file = new SampleCsvFile(writer, dataset, path, unchecked((seed * 397) ^ StableHash(dataset.Id)));
            file.WriteLine(dataset.CsvColumns.Select(c => browser ? DatasetCatalog.BrowserLabelOf(c) : c).ToArray());
            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The position of a column in <see cref="Row"/>.</summary>
    public int Column(string name)
    {
        var index = _dataset.CsvColumns.ToList().IndexOf(name);
        return index >= 0 ? index : throw new InvalidOperationException($"Dataset {_dataset.Id} has no column {name}.");
    }

    public void WriteRow()
    {
        if (Rows == 0 && Array.IndexOf(Row, null) is var missing and >= 0)
        {
            throw new InvalidOperationException($"Sample writer for {_dataset.Id} left column {_dataset.CsvColumns[missing]} unset.");
        }
        var line = Format(Row);
        Rows++;
        if (_window.Count < ShuffleWindow)
        {
            _window.Add(line);
            return;
        }
        var slot = _random.Next(ShuffleWindow);
        _writer.WriteLine(_window[slot]);
        _window[slot] = line;
    }

    /// <summary>Writes the rows still held back, closes the file and describes it.</summary>
    public SampleFile Complete()
    {
        for (var i = _window.Count - 1; i >= 0; i--)
        {
            var slot = _random.Next(i + 1);
            _writer.WriteLine(_window[slot]);
            _window[slot] = _window[i];
        }
        _window.Clear();
        _writer.Dispose();
        return new SampleFile(_dataset.Id, _path, Rows, new FileInfo(_path).Length);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteLine(string[] fields) => _writer.WriteLine(Format(fields));

    /// <summary>Joins the fields with <c>;</c>: exports never quote, so a field that would need quotes is a generator bug.</summary>
    private string Format(string[] fields)
    {
        _line.Clear();
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                throw new InvalidOperationException($"Sample writer for {_dataset.Id}: column {_dataset.CsvColumns[i]} holds {fields[i]}, which would need quoting.");
            }
            _line.Append(i == 0 ? "" : ";").Append(fields[i]);
        }
        return _line.ToString();
    }

    /// <summary>A hash of the dataset id that is the same in every process (string.GetHashCode is randomised).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
