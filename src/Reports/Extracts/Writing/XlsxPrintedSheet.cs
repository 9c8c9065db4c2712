using SpreadCheetah;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>A <see cref="PrintedTable"/> as a sheet: banner, title, header row (frozen, repeated on printed pages), rows, notes.</summary>
internal static class XlsxPrintedSheet
{
    public static async Task WriteAsync(XlsxSheets sheets, PrintedTable table, CancellationToken cancellationToken)
    {
        var spreadsheet = sheets.Spreadsheet;
        var styles = sheets.Styles;
        await sheets.StartAsync(table.SheetName, [.. table.Columns.Select(c => c.Width)], sheets.HeaderRow + 1, cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(table.Title), styles.Title)], cancellationToken);
        await spreadsheet.AddRowAsync([.. table.Columns.Select(c => new Cell(CellText.Neutralise(c.Header), styles.Header))], cancellationToken);
        var numberStyles = table.Columns.Select(c => c.NumberFormat is { } format ? styles.Number(format) : (SpreadCheetah.Styling.StyleId?)null).ToArray();
        foreach (var row in table.Rows)
        {
            await spreadsheet.AddRowAsync([.. row.Select((value, i) => XlsxCells.Of(value, numberStyles[i]))], cancellationToken);
        }
        if (table.Notes.Count > 0)
        {
            await spreadsheet.AddRowAsync([], cancellationToken);
            foreach (var note in table.Notes)
            {
                await spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(note))], cancellationToken);
            }
        }
    }
}
