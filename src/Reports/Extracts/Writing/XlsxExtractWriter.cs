using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Streams an extract into an XLSX workbook with SpreadCheetah (chosen by measurement, see bench/extract): memory stays flat
/// whatever the row count. One data sheet per dataset ("Données" for a single dataset), each an Excel table (with its
/// autofilter) under a frozen header row. A dataset beyond Excel's 1,048,576 rows a sheet continues on "Données (2)",
/// "Données (3)"… each with the same header and its own table (the split is said on "À propos"). Then "Dictionnaire" and
/// "À propos". Every sheet carries the synthetic-data banner in row 1 when it applies. SpreadCheetah writes to a private
/// temporary file; <see cref="XlsxPrintSetup"/> then copies it to the output with the print setup SpreadCheetah cannot write.
/// </summary>
internal sealed class XlsxExtractWriter : IExtractWriter
{
    public const int ExcelMaxRows = 1_048_576;
    public const string SingleDataSheet = "Données";

    /// <summary>Rows held back to size the columns before the sheet starts.</summary>
    internal const int SampleRows = 200;

    private readonly XlsxSheets _sheets;
    private readonly Stream _unprinted;
    private readonly Stream _output;
    private readonly bool _pack;
    private readonly int _maxRowsPerSheet;
    private readonly IReadOnlyDictionary<string, int> _widthHints;
    private readonly List<ExtractDataset> _datasets = [];
    private readonly List<object?[]> _sample = [];
    private readonly List<string> _parts = [];
    private ExtractDataset? _dataset;
    private Cell[] _cells = [];
    private StyleId?[] _numberStyles = [];
    private double[] _widths = [];
    private bool _started;
    private long _rowsInPart;
    private bool _split;

    private XlsxExtractWriter(XlsxSheets sheets, Stream unprinted, Stream output, bool pack, int maxRowsPerSheet, IReadOnlyDictionary<string, int> widthHints)
    {
        _sheets = sheets;
        _unprinted = unprinted;
        _output = output;
        _pack = pack;
        _maxRowsPerSheet = maxRowsPerSheet;
        _widthHints = widthHints;
    }

    private Spreadsheet Spreadsheet => _sheets.Spreadsheet;

    private long DataRowsPerSheet => _maxRowsPerSheet - _sheets.HeaderRow;

    public static async Task<XlsxExtractWriter> CreateAsync(
        Stream output, bool pack, bool synthetic, int maxRowsPerSheet, IReadOnlyDictionary<string, int> widthHints, CancellationToken cancellationToken)
    {
        if (maxRowsPerSheet is < 3 or > ExcelMaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowsPerSheet), maxRowsPerSheet, $"Between 3 and {ExcelMaxRows} rows per sheet.");
        }
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new() { Title = "Extrait — Professionnels de santé libéraux", Author = "Warehouse" },
            CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
        };
        var unprinted = PrivateTempFile.Create();
        try
        {
            var spreadsheet = await Spreadsheet.CreateNewAsync(unprinted, options, cancellationToken);
            return new XlsxExtractWriter(new XlsxSheets(spreadsheet, synthetic), unprinted, output, pack, maxRowsPerSheet, widthHints);
        }
        catch
        {
            await unprinted.DisposeAsync();
            throw;
        }
    }

    public Task WritePrintedAsync(PrintedTable table, CancellationToken cancellationToken) => XlsxPrintedSheet.WriteAsync(_sheets, table, cancellationToken);

    public Task BeginDatasetAsync(ExtractDataset dataset, CancellationToken cancellationToken)
    {
        _dataset = dataset;
        _datasets.Add(dataset);
        _sample.Clear();
        _parts.Clear();
        _started = false;
        _cells = new Cell[dataset.Columns.Count];
        _numberStyles = dataset.Columns.Select(c => c.ExcelFormat is { } format ? _sheets.Styles.Number(format) : null).ToArray();
        return Task.CompletedTask;
    }

    public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (!_started)
        {
            if (_sample.Count < SampleRows)
            {
                _sample.Add((object?[])values.Clone());
                return;
            }
            await StartDataAsync(cancellationToken);
        }
        await AddDataRowAsync(values, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> EndDatasetAsync(CancellationToken cancellationToken)
    {
        var dataset = _dataset ?? throw new InvalidOperationException("No dataset was begun.");
        if (!_started && _sample.Count == 0)
        {
            // Only in a pack: a dataset with no row for the selection gets its header and a sentence, not an empty table.
            _widths = ColumnWidths.Compute(dataset.Columns, [], _widthHints);
            await StartPartSheetAsync(1, cancellationToken);
            await HeaderAsync(dataset, cancellationToken);
            await Spreadsheet.AddRowAsync([new Cell("Aucune ligne ne correspond à la sélection pour ce jeu de données.")], cancellationToken);
        }
        else if (!_started)
        {
            await StartDataAsync(cancellationToken);
        }
        _dataset = null;
        return [.. _parts];
    }

    public async Task FinishAsync(ExtractAbout about, CancellationToken cancellationToken)
    {
        await XlsxDictionarySheet.WriteAsync(_sheets, _datasets, _pack, cancellationToken);
        var notes = _split
            ? about.Notes.Append($"Au-delà de {AboutText.Number(DataRowsPerSheet)} lignes par feuille (limite d'Excel), les données continuent sur les feuilles suivantes : « … (2) », « … (3) ».")
            : about.Notes;
        await XlsxAboutSheet.WriteAsync(_sheets, about, notes, cancellationToken);
        await Spreadsheet.FinishAsync(cancellationToken);
        _unprinted.Position = 0;
        await XlsxPrintSetup.CopyAsync(_unprinted, _output, _sheets.Prints, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Spreadsheet.DisposeAsync();
        await _unprinted.DisposeAsync();
    }

    private async Task StartDataAsync(CancellationToken cancellationToken)
    {
        _widths = ColumnWidths.Compute(_dataset!.Columns, _sample, _widthHints);
        _started = true;
        await StartPartAsync(1, cancellationToken);
        foreach (var row in _sample)
        {
            await AddDataRowAsync(row, cancellationToken);
        }
        _sample.Clear();
    }

    /// <summary>A data sheet: banner, then an Excel table whose first row is the header.</summary>
    private async Task StartPartAsync(int part, CancellationToken cancellationToken)
    {
        var dataset = _dataset!;
        await StartPartSheetAsync(part, cancellationToken);
        var tableName = (_pack ? dataset.TableName : "Donnees") + (part == 1 ? string.Empty : "_" + part.ToString(CultureInfo.InvariantCulture));
        Spreadsheet.StartTable(new Table(TableStyle.Light9, tableName));
        await HeaderAsync(dataset, cancellationToken);
        _rowsInPart = 0;
    }

    private async Task StartPartSheetAsync(int part, CancellationToken cancellationToken)
    {
        var name = _pack ? _dataset!.SheetName : SingleDataSheet;
        name = part == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} ({part})");
        await _sheets.StartAsync(name, _widths, _sheets.HeaderRow, cancellationToken);
        _parts.Add(name);
    }

    /// <summary>AddHeaderRowAsync, not AddRowAsync: it names the table's columns. Excel fits the height of the wrapped headers.</summary>
    private async Task HeaderAsync(ExtractDataset dataset, CancellationToken cancellationToken) =>
        await Spreadsheet.AddHeaderRowAsync(dataset.Columns.Select(c => CellText.Neutralise(c.Header)).ToArray(), _sheets.Styles.Header, cancellationToken);

    private async ValueTask AddDataRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (_rowsInPart == DataRowsPerSheet)
        {
            _split = true;
            await StartPartAsync(_parts.Count + 1, cancellationToken);
        }
        for (var i = 0; i < values.Length; i++)
        {
            _cells[i] = XlsxCells.Of(values[i], _numberStyles[i]);
        }
        await Spreadsheet.AddRowAsync(_cells, cancellationToken);
        _rowsInPart++;
    }
}
