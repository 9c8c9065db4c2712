using SpreadCheetah;
using Warehouse.Reports.Extracts.Writing;

namespace Warehouse.Reports.Explorer;

/// <summary>
/// "Télécharger les données": the numbers a view shows, exactly (rounded as shown; marks s, –, nd as text), in the
/// extracts' French CSV (";", BOM, decimal comma; synthetic data marked in a last column) or as an XLSX sheet.
/// </summary>
public static class ExplorerTableWriter
{
    public static async Task WriteCsvAsync(ExplorerTable table, bool synthetic, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using (var csv = FrenchCsv.Create(output))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(header);
            }
            if (synthetic)
            {
                csv.WriteField(CsvExtractWriter.OriginHeader);
            }
            await csv.EndRecordAsync(cancellationToken);
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    FrenchCsv.WriteValue(csv, cell.Number is { } n ? n : cell.Display);
                }
                if (synthetic)
                {
                    csv.WriteField(CsvExtractWriter.SyntheticOrigin);
                }
                await csv.EndRecordAsync(cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(ExplorerTable table, bool synthetic, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var options = new SpreadCheetahOptions { DocumentProperties = new() { Title = table.Title, Author = "Warehouse" } };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, options, cancellationToken);
        var sheets = new XlsxSheets(spreadsheet, synthetic);
        await sheets.StartAsync(XlsxExtractWriter.SingleDataSheet, [.. table.Headers.Select(h => (double)Math.Clamp(h.Length + 2, 10, 40))], sheets.HeaderRow + 1, cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(table.Title, sheets.Styles.Title)], cancellationToken);
        await spreadsheet.AddRowAsync([.. table.Headers.Select(h => new Cell(h, sheets.Styles.Header))], cancellationToken);
        foreach (var row in table.Rows)
        {
            await spreadsheet.AddRowAsync([.. row.Select(c => c.Number is { } n
                ? new Cell(n, sheets.Styles.Number(c.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', c.Decimals)))
                : new Cell(c.Display))], cancellationToken);
        }
        await spreadsheet.AddRowAsync([], cancellationToken);
        foreach (var note in table.Notes.Concat(table.MarkNotes()))
        {
            await spreadsheet.AddRowAsync([new Cell(note)], cancellationToken);
        }
        await spreadsheet.FinishAsync(cancellationToken);
    }
}
