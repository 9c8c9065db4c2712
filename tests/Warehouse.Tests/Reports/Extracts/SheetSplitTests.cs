using ClosedXML.Excel;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>
/// Beyond the rows a sheet can hold, the data continues on "Données (2)", "Données (3)"… each with its header, frozen row
/// and table. Tested with a limit of 50 rows a sheet (injected) instead of Excel's 1,048,576.
/// </summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class SheetSplitTests(ExtractWarehouseFixture warehouse)
{
    private const int RowsPerSheet = 50;

    [Fact]
    public async Task Rows_ContinueOnNumberedSheets_InOrder_WhenASheetIsFull()
    {
        var whole = await warehouse.ExtractAsync(Requests.FeesAra());
        var split = await warehouse.ExtractAsync(Requests.FeesAra(), RowsPerSheet);
        using var wholeBook = XlsxWorkbook.Open(whole.Bytes);
        using var splitBook = XlsxWorkbook.Open(split.Bytes);

        var dataSheets = splitBook.Worksheets.Where(s => s.Name.StartsWith("Données", StringComparison.Ordinal)).ToList();
        var perSheet = RowsPerSheet - 2; // the synthetic banner and the header
        var expectedSheets = (int)((whole.Result.RowCount + perSheet - 1) / perSheet);

        Assert.Equal(whole.Result.RowCount, split.Result.RowCount);
        Assert.Equal(["Données", .. Enumerable.Range(2, expectedSheets - 1).Select(n => $"Données ({n})")], dataSheets.Select(s => s.Name));
        Assert.Equal(dataSheets.Select(s => s.Name), split.Result.Parts);
        Assert.All(dataSheets.SkipLast(1), s => Assert.Equal(RowsPerSheet, s.LastRowUsed().RowNumber()));
        Assert.All(dataSheets, s =>
        {
            Assert.Equal(2, XlsxWorkbook.HeaderRow(s));
            Assert.Equal(2, s.SheetView.SplitRow);
            Assert.True(Assert.Single(s.Tables).ShowAutoFilter);
        });
        Assert.Equal(Rows(wholeBook.Worksheet("Données")), dataSheets.SelectMany(Rows));
        Assert.Contains(splitBook.Worksheet("À propos").RowsUsed(), r => r.Cell(2).GetString().Contains("(2)", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Rows(IXLWorksheet sheet) =>
        sheet.RowsUsed().Where(r => r.RowNumber() > 2).Select(r => string.Join('|', r.Cells(1, 26).Select(c => c.GetString())));
}
