using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Streams an extract into an XLSX workbook with SpreadCheetah (chosen by measurement, see bench/extract): memory stays flat
/// whatever the row count. One data sheet per dataset ("Données" for a single dataset), each an Excel table with a frozen
/// header; a dataset beyond Excel's 1,048,576 rows per sheet continues on "Données (2)", "Données (3)"… with the same header.
/// Then "Dictionnaire" and "À propos". Every sheet carries the synthetic-data banner when it applies.
/// </summary>
internal sealed class XlsxExtractWriter : IExtractWriter
{
    public const int ExcelMaxRows = 1_048_576;
    public const string SingleDataSheet = "Données";
    public const string DictionarySheet = "Dictionnaire";
    public const string AboutSheet = "À propos";

    /// <summary>Rows held back to size the columns before the sheet starts.</summary>
    internal const int SampleRows = 200;

    private readonly Spreadsheet _spreadsheet;
    private readonly XlsxStyles _styles;
    private readonly bool _pack;
    private readonly bool _synthetic;
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

    private XlsxExtractWriter(Spreadsheet spreadsheet, bool pack, bool synthetic, int maxRowsPerSheet, IReadOnlyDictionary<string, int> widthHints)
    {
        _widthHints = widthHints;
        _spreadsheet = spreadsheet;
        _styles = new XlsxStyles(spreadsheet);
        _pack = pack;
        _synthetic = synthetic;
        _maxRowsPerSheet = maxRowsPerSheet;
    }

    /// <summary>The sheet's row of column headers (1, or 2 below the synthetic banner).</summary>
    private int HeaderRow => _synthetic ? 2 : 1;

    private long DataRowsPerSheet => _maxRowsPerSheet - HeaderRow;

    public static async Task<XlsxExtractWriter> CreateAsync(
        Stream output, bool pack, bool synthetic, int maxRowsPerSheet, IReadOnlyDictionary<string, int> widthHints, CancellationToken cancellationToken)
    {
        if (maxRowsPerSheet is < 3 or > ExcelMaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowsPerSheet), maxRowsPerSheet, $"Between 3 and {ExcelMaxRows} rows per sheet.");
        }
        var options = new SpreadCheetahOptions { DocumentProperties = new() { Title = "Extrait — Professionnels de santé libéraux", Author = "Warehouse" } };
        var spreadsheet = await Spreadsheet.CreateNewAsync(output, options, cancellationToken);
        return new XlsxExtractWriter(spreadsheet, pack, synthetic, maxRowsPerSheet, widthHints);
    }

    public Task BeginDatasetAsync(ExtractDataset dataset, CancellationToken cancellationToken)
    {
        _dataset = dataset;
        _datasets.Add(dataset);
        _sample.Clear();
        _parts.Clear();
        _started = false;
        _cells = new Cell[dataset.Columns.Count];
        _numberStyles = dataset.Columns.Select(c => c.ExcelFormat is { } format ? _styles.Number(format) : null).ToArray();
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
            _widths = ColumnWidths.Compute(dataset.Columns, [], _widthHints);
            await StartSheetAsync(SheetName(dataset, 1), cancellationToken);
            await HeaderAsync(dataset, cancellationToken);
            await _spreadsheet.AddRowAsync([new Cell("Aucune ligne ne correspond à la sélection pour ce jeu de données.")], cancellationToken);
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
        await WriteDictionaryAsync(cancellationToken);
        await WriteAboutAsync(about, cancellationToken);
        await _spreadsheet.FinishAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _spreadsheet.DisposeAsync();

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

    private async Task StartPartAsync(int part, CancellationToken cancellationToken)
    {
        var dataset = _dataset!;
        await StartSheetAsync(SheetName(dataset, part), cancellationToken);
        var tableName = (_pack ? dataset.TableName : "Donnees") + (part == 1 ? string.Empty : "_" + part.ToString(CultureInfo.InvariantCulture));
        _spreadsheet.StartTable(new Table(TableStyle.Light9, tableName));
        await HeaderAsync(dataset, cancellationToken);
        _rowsInPart = 0;
    }

    private async Task StartSheetAsync(string name, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = HeaderRow };
        for (var i = 0; i < _widths.Length; i++)
        {
            options.Column(i + 1).Width = _widths[i];
        }
        await _spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        _parts.Add(name);
        await BannerAsync(cancellationToken);
    }

    private async Task HeaderAsync(ExtractDataset dataset, CancellationToken cancellationToken)
    {
        // AddHeaderRowAsync, not AddRowAsync: it is what gives the Excel table its column names. Row heights are left to Excel,
        // which fits the wrapped headers when it opens the file.
        await _spreadsheet.AddHeaderRowAsync(dataset.Columns.Select(c => CellText.Neutralise(c.Header)).ToArray(), _styles.Header, cancellationToken);
    }

    private async ValueTask AddDataRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (_rowsInPart == DataRowsPerSheet)
        {
            _split = true;
            await StartPartAsync(_parts.Count + 1, cancellationToken);
        }
        for (var i = 0; i < values.Length; i++)
        {
            _cells[i] = values[i] switch
            {
                null => new Cell((string?)null),
                string text => new Cell(CellText.Neutralise(text)),
                long whole => new Cell(whole, _numberStyles[i]),
                double number => new Cell(number, _numberStyles[i]),
                var other => new Cell(Convert.ToString(other, CultureInfo.InvariantCulture)),
            };
        }
        await _spreadsheet.AddRowAsync(_cells, cancellationToken);
        _rowsInPart++;
    }

    private string SheetName(ExtractDataset dataset, int part)
    {
        var name = _pack ? dataset.SheetName : SingleDataSheet;
        return part == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} ({part})");
    }

    private async Task BannerAsync(CancellationToken cancellationToken)
    {
        if (_synthetic)
        {
            await _spreadsheet.AddRowAsync([new Cell(ExtractAbout.SyntheticBanner, _styles.Banner)], cancellationToken);
        }
    }

    private async Task WriteDictionaryAsync(CancellationToken cancellationToken)
    {
        string[] headers = _pack
            ? ["Feuille", "Colonne", "Signification", "Unité", "Champ source (data.ameli)", "Remarques"]
            : ["Colonne", "Signification", "Unité", "Champ source (data.ameli)", "Remarques"];
        _widths = _pack ? [16, 34, 70, 22, 30, 60] : [34, 70, 22, 30, 60];
        await StartSheetAsync(DictionarySheet, cancellationToken);
        await _spreadsheet.AddRowAsync(headers.Select(h => new Cell(h, _styles.Header)).ToArray(), cancellationToken);
        foreach (var dataset in _datasets)
        {
            foreach (var column in dataset.Columns)
            {
                IEnumerable<string?> texts = [column.Header, column.Meaning, column.Unit, column.SourceField, column.Notes];
                var cells = (_pack ? texts.Prepend(dataset.SheetName) : texts).Select(t => new Cell(t is null ? null : CellText.Neutralise(t), _styles.Wrapped)).ToArray();
                await _spreadsheet.AddRowAsync(cells, cancellationToken);
            }
        }
    }

    private async Task WriteAboutAsync(ExtractAbout about, CancellationToken cancellationToken)
    {
        _widths = [30, 100];
        await StartSheetAsync(AboutSheet, cancellationToken);
        await _spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(about.Title), _styles.Title)], cancellationToken);
        await PairAsync("Source", ExtractAbout.Source, cancellationToken);
        await PairAsync("Généré le", AboutText.Timestamp(about.GeneratedAt), cancellationToken);
        await PairAsync("Version du schéma", about.SchemaVersion, cancellationToken);
        await _spreadsheet.AddRowAsync([new Cell("Nombre de lignes", _styles.Key), new Cell(about.TotalRows, _styles.Number(ExtractColumn.WholeFormat))], cancellationToken);
        if (about.IsSynthetic)
        {
            await PairAsync("Données synthétiques", "oui : au moins un jeu de données vient de `warehouse sample`", cancellationToken);
        }
        await _spreadsheet.AddRowAsync([], cancellationToken);
        await _spreadsheet.AddRowAsync([new Cell("Filtres", _styles.Title)], cancellationToken);
        foreach (var (label, value) in about.Filters)
        {
            await PairAsync(label, value, cancellationToken);
        }
        foreach (var dataset in about.Datasets)
        {
            await _spreadsheet.AddRowAsync([], cancellationToken);
            await _spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(AboutText.DatasetHeading(dataset)), _styles.Title)], cancellationToken);
            foreach (var (label, value) in AboutText.Release(dataset))
            {
                await PairAsync(label, value, cancellationToken);
            }
            await _spreadsheet.AddRowAsync([new Cell("Lignes extraites", _styles.Key), new Cell(dataset.Rows, _styles.Number(ExtractColumn.WholeFormat))], cancellationToken);
        }
        await _spreadsheet.AddRowAsync([], cancellationToken);
        await _spreadsheet.AddRowAsync([new Cell("Remarques", _styles.Title)], cancellationToken);
        var notes = _split
            ? about.Notes.Append($"Au-delà de {AboutText.Number(DataRowsPerSheet)} lignes par feuille (limite d'Excel), les données continuent sur les feuilles suivantes : « … (2) », « … (3) ».")
            : about.Notes;
        foreach (var note in notes)
        {
            await _spreadsheet.AddRowAsync([new Cell((string?)null), new Cell(CellText.Neutralise(note), _styles.Wrapped)], cancellationToken);
        }
    }

    private async Task PairAsync(string label, string value, CancellationToken cancellationToken) =>
        await _spreadsheet.AddRowAsync([new Cell(label, _styles.Key), new Cell(CellText.Neutralise(value), _styles.Wrapped)], cancellationToken);
}
