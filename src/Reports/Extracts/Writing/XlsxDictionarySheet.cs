using SpreadCheetah;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>The "Dictionnaire" sheet: for every data column, its meaning, unit, source field and notes (with the sheet, in a pack).</summary>
internal static class XlsxDictionarySheet
{
    public const string Name = "Dictionnaire";

    public static async Task WriteAsync(XlsxSheets sheets, IReadOnlyList<ExtractDataset> datasets, bool pack, CancellationToken cancellationToken)
    {
        string[] headers = ["Colonne", "Signification", "Unité", "Champ source (data.ameli)", "Remarques"];
        double[] widths = [34, 70, 22, 30, 60];
        await sheets.StartAsync(Name, pack ? [16, .. widths] : widths, sheets.HeaderRow, cancellationToken);
        var header = (pack ? headers.Prepend("Feuille") : headers).Select(h => new Cell(h, sheets.Styles.Header)).ToArray();
        await sheets.Spreadsheet.AddRowAsync(header, cancellationToken);
        foreach (var dataset in datasets)
        {
            foreach (var column in dataset.Columns)
            {
                IEnumerable<string?> texts = [column.Header, column.Meaning, column.Unit, column.SourceField, column.Notes];
                var cells = (pack ? texts.Prepend(dataset.SheetName) : texts)
                    .Select(text => new Cell(text is null ? null : CellText.Neutralise(text), sheets.Styles.Wrapped))
                    .ToArray();
                await sheets.Spreadsheet.AddRowAsync(cells, cancellationToken);
            }
        }
    }
}
