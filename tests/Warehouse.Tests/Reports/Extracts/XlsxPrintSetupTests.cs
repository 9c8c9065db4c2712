using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>
/// The print setup of extract workbooks (without it LibreOffice printed a full extract on 1,938 portrait pages): landscape,
/// one page wide, the header rows on every page, the page number in the footer. Read back with ClosedXML and checked with the
/// Open XML SDK's schema validator.
/// </summary>
[Collection(ExtractWarehouseGroup.Name)]
public sealed class XlsxPrintSetupTests(ExtractWarehouseFixture warehouse)
{
    [Fact]
    public async Task EverySheet_PrintsLandscape_AcrossThenDown_OnAsFewPagesWideAsStayLegible()
    {
        using var workbook = XlsxWorkbook.Open((await warehouse.ExtractAsync(Requests.FeesAra())).Bytes);

        Assert.Equal(3, workbook.Worksheet("Données").PageSetup.PagesWide); // 26 columns: one page would print them at a fifth of their size
        Assert.Equal(1, workbook.Worksheet("À propos").PageSetup.PagesWide);
        Assert.All(workbook.Worksheets, sheet =>
        {
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal(XLPageOrderValues.OverThenDown, sheet.PageSetup.PageOrder);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
            Assert.Contains("&P / &N", sheet.PageSetup.Footer.Right.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task DataSheets_RepeatTheBannerAndHeaderRow_OnEveryPage()
    {
        using var workbook = XlsxWorkbook.Open((await warehouse.ExtractAsync(ExtractRequest.ForPack("R84"))).Bytes);

        var dataSheets = workbook.Worksheets.Where(s => s.Name is not "Dictionnaire" and not "À propos").ToList();
        Assert.Equal(7, dataSheets.Count);
        Assert.All(dataSheets, sheet =>
        {
            Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(XlsxWorkbook.HeaderRow(sheet), sheet.PageSetup.LastRowToRepeatAtTop);
            Assert.Equal(2, sheet.PageSetup.LastRowToRepeatAtTop); // the synthetic banner, then the headers
        });
        var dictionary = workbook.Worksheet("Dictionnaire");
        Assert.Equal(dictionary.SheetView.SplitRow, dictionary.PageSetup.LastRowToRepeatAtTop); // what stays in view repeats on paper
        Assert.True(dictionary.SheetView.SplitRow > 1);
    }

    [Fact]
    public async Task Workbook_IsValidOpenXml_AfterThePrintSetupPass()
    {
        var bytes = (await warehouse.ExtractAsync(ExtractRequest.ForPack("R84"))).Bytes;

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task SplitSheets_EachRepeatTheirHeader()
    {
        using var workbook = XlsxWorkbook.Open((await warehouse.ExtractAsync(Requests.FeesAra(), maxRowsPerSheet: 500)).Bytes);

        var parts = workbook.Worksheets.Where(s => s.Name.StartsWith("Données", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count > 2);
        Assert.All(parts, sheet => Assert.Equal(XlsxWorkbook.HeaderRow(sheet), sheet.PageSetup.LastRowToRepeatAtTop));
    }
}
