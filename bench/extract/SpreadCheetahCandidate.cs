using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;

namespace Warehouse.Bench.Extract;

/// <summary>SpreadCheetah, set up as the extract uses it: styled header, number formats, frozen header row, widths, an Excel table.</summary>
internal static class SpreadCheetahCandidate
{
    public static async Task WriteAsync(Stream output, int rows)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var c = 1; c <= BenchRows.ColumnCount; c++)
        {
            options.Column(c).Width = BenchRows.Headers[c - 1].Length + 4;
        }
        await spreadsheet.StartWorksheetAsync("Données", options);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var whole = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") });
        var one = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.0") });
        spreadsheet.StartTable(new Table(TableStyle.Light9, "Donnees"));
        await spreadsheet.AddHeaderRowAsync(BenchRows.Headers, header);
        var cells = new Cell[BenchRows.ColumnCount];
        foreach (var row in BenchRows.Generate(rows))
        {
            cells[0] = new Cell(row.Year);
            cells[1] = new Cell(row.TerritoryCode);
            cells[2] = new Cell(row.Territory);
            cells[3] = new Cell(row.Profession);
            cells[4] = new Cell(row.AgeBand);
            cells[5] = new Cell(row.Headcount, whole);
            cells[6] = new Cell(row.HeadcountStatus);
            cells[7] = new Cell(row.Density, one);
            cells[8] = new Cell(row.FeesTotal, whole);
            cells[9] = new Cell(row.FeesMean, one);
            await spreadsheet.AddRowAsync(cells);
        }
        await spreadsheet.FinishAsync();
    }
}
