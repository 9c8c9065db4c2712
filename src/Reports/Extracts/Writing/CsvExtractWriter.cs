using System.IO.Compression;
using System.Text;
using CsvHelper;
using Warehouse.Reports.Extracts.Catalog;
using Warehouse.Reports.Extracts.Selection;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Streams an extract as CSV (see <see cref="FrenchCsv"/>) with the columns of the XLSX data sheet. One dataset: the CSV
/// itself. A territory pack: a zip of one &lt;short name&gt;.csv per dataset, dictionnaire.csv and a_propos.txt.
/// Synthetic data carries its mark in every row, in a last column <see cref="OriginHeader"/>: a CSV copied alone, or
/// rows pasted elsewhere, still say what they are (a comment line would break spreadsheet and pandas readers), and the
/// loader refuses such a file anyway (its header is not a data.ameli header: docs/briefings.md).
/// </summary>
internal sealed class CsvExtractWriter : IExtractWriter
{
    public const string DictionaryFile = "dictionnaire.csv";
    public const string AboutFile = "a_propos.txt";

    /// <summary>The last column of a synthetic extract.</summary>
    public const string OriginHeader = "Origine des données";

    /// <summary>Its value on every row.</summary>
    public const string SyntheticOrigin = ExtractAbout.SyntheticMark + " — inventées, ne décrivent pas la réalité";

    private readonly Stream _output;
    private readonly ZipArchive? _zip;
    private readonly List<ExtractDataset> _datasets = [];
    private Stream? _entry;
    private CsvWriter? _csv;
    private string? _part;

    private readonly bool _synthetic;

    private CsvExtractWriter(Stream output, ZipArchive? zip, bool synthetic)
    {
        _output = output;
        _zip = zip;
        _synthetic = synthetic;
    }

    /// <summary>Everything is written asynchronously (the zip too), so an output that refuses synchronous writes, such as an HTTP response, works.</summary>
    public static async Task<CsvExtractWriter> CreateAsync(Stream output, bool pack, bool synthetic, CancellationToken cancellationToken) =>
        new(output, pack ? await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8, cancellationToken) : null, synthetic);

    /// <summary>In a pack only: one more CSV in the zip, its title and notes left to the about file's reader (a CSV has no place for them).</summary>
    public async Task WritePrintedAsync(PrintedTable table, CancellationToken cancellationToken)
    {
        var zip = _zip ?? throw new InvalidOperationException("A single CSV holds one dataset: printed tables go into a pack or a workbook.");
        await using var entry = await zip.CreateEntry(TextKey.Of(table.SheetName).Replace(" ", "_", StringComparison.Ordinal) + ".csv", CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await using var csv = FrenchCsv.Create(entry);
        csv.WriteHeader(table.Columns.Select(c => c.Header).Concat(_synthetic ? [OriginHeader] : []).ToArray());
        foreach (var row in table.Rows)
        {
            foreach (var value in row)
            {
                FrenchCsv.WriteValue(csv, value);
            }
            if (_synthetic)
            {
                csv.WriteField(SyntheticOrigin);
            }
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public async Task BeginDatasetAsync(ExtractDataset dataset, CancellationToken cancellationToken)
    {
        if (_zip is null && _datasets.Count > 0)
        {
            throw new InvalidOperationException("A single CSV holds one dataset; a pack is written as a zip.");
        }
        _datasets.Add(dataset);
        _part = dataset.ShortName + ".csv";
        _entry = _zip is null ? null : await _zip.CreateEntry(_part, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        _csv = FrenchCsv.Create(_entry ?? _output);
        _csv.WriteHeader(dataset.Columns.Select(c => c.Header).Concat(_synthetic ? [OriginHeader] : []).ToArray());
    }

    public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        var csv = _csv ?? throw new InvalidOperationException("No dataset was begun.");
        foreach (var value in values)
        {
            FrenchCsv.WriteValue(csv, value);
        }
        if (_synthetic)
        {
            csv.WriteField(SyntheticOrigin);
        }
        await csv.EndRecordAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> EndDatasetAsync(CancellationToken cancellationToken)
    {
        await CloseCurrentAsync(cancellationToken);
        return [_part!];
    }

    public async Task FinishAsync(ExtractAbout about, CancellationToken cancellationToken)
    {
        if (_zip is null)
        {
            await _output.FlushAsync(cancellationToken);
            return;
        }
        _entry = await _zip.CreateEntry(DictionaryFile, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        _csv = FrenchCsv.Create(_entry);
        _csv.WriteHeader(["Fichier", "Colonne", "Signification", "Unité", "Champ source (data.ameli)", "Remarques"]);
        foreach (var dataset in _datasets)
        {
            foreach (var column in dataset.Columns)
            {
                foreach (var text in new[] { dataset.ShortName + ".csv", column.Header, column.Meaning, column.Unit, column.SourceField, column.Notes })
                {
                    _csv.WriteField(text);
                }
                await _csv.EndRecordAsync(cancellationToken);
            }
            if (_synthetic)
            {
                foreach (var text in new[] { dataset.ShortName + ".csv", OriginHeader, "Données synthétiques : chaque ligne le dit, même copiée seule.", null, null, "Absente des extraits de données réelles." })
                {
                    _csv.WriteField(text);
                }
                await _csv.EndRecordAsync(cancellationToken);
            }
        }
        await CloseCurrentAsync(cancellationToken);

        await using (var entry = await _zip.CreateEntry(AboutFile, CompressionLevel.Fastest).OpenAsync(cancellationToken))
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(AboutText.PlainText(about))).ToArray();
            await entry.WriteAsync(bytes, cancellationToken);
        }
        await _zip.DisposeAsync();
        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync();
        }
        if (_entry is not null)
        {
            await _entry.DisposeAsync();
        }
        if (_zip is not null)
        {
            await _zip.DisposeAsync();
        }
    }

    private async Task CloseCurrentAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            await _csv.FlushAsync(cancellationToken);
            await _csv.DisposeAsync();
            _csv = null;
        }
        if (_entry is not null)
        {
            await _entry.DisposeAsync();
            _entry = null;
        }
    }
}
