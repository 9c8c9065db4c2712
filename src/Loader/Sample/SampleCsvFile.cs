using CsvHelper;
using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Sample;

/// <summary>
/// One dataset's CSV on disk, in the exact export shape (shared reference §2): <c>;</c>, UTF-8, RFC 4180 quoting only
/// when needed; API: one BOM, LF, field names; browser: two BOMs, CRLF, field labels. Rows stream out through a
/// reused buffer bound by column name, so the writers never depend on the column order.
/// </summary>
internal sealed class SampleCsvFile : IDisposable
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private readonly CsvWriter _csv;
    private readonly DatasetDefinition _dataset;
    private readonly string _path;

    private SampleCsvFile(CsvWriter csv, DatasetDefinition dataset, string path, string[] row)
    {
        _csv = csv;
        _dataset = dataset;
        _path = path;
        Row = row;
    }

    /// <summary>The fields of the next row, in the dataset's column order; fields keep their value until overwritten.</summary>
    public string[] Row { get; }

    public long Rows { get; private set; }

    public static SampleCsvFile Create(string path, DatasetDefinition dataset, SampleVariant variant)
    {
        var browser = variant == SampleVariant.Browser;
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            if (browser)
            {
                stream.Write(ByteOrderMark); // the second BOM of a browser download; CsvWriter writes the other one
            }
            var options = new CsvWriterOptions
            {
                Separator = ';',
                NewLine = browser ? "\r\n" : "\n",
                WriteByteOrderMark = true,
                BufferSize = 1 << 20,
            };
            var csv = CsvWriter.Create(stream, options, leaveOpen: false);
            csv.WriteRecord(dataset.CsvColumns.Select(c => browser ? DatasetCatalog.BrowserLabelOf(c) : c).ToArray());
            return new SampleCsvFile(csv, dataset, path, new string[dataset.CsvColumns.Count]);
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
        _csv.WriteRecord(Row);
        Rows++;
    }

    /// <summary>Flushes and closes the file and describes it.</summary>
    public SampleFile Complete()
    {
        _csv.Dispose();
        return new SampleFile(_dataset.Id, _path, Rows, new FileInfo(_path).Length);
    }

    public void Dispose() => _csv.Dispose();
}
