using System.Text;
using Warehouse.Reports.Extracts.Writing;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The streamed rewrite of one worksheet part, wherever the 64 KB chunks cut it.</summary>
public sealed class WorksheetPrintSettingsTests
{
    private const string Head = """<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";

    [Theory]
    [InlineData(0)]
    [InlineData(65_536 - 200)]
    [InlineData(65_536 - 190)]
    [InlineData(65_536 - 185)]
    [InlineData(200_000)]
    public async Task RowsPassUntouched_AndThePageSettingsGoBeforeTheTableParts_WhereverTheChunksEnd(int padding)
    {
        var rows = "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>" + new string('é', padding / 2) + "</t></is></c></row></sheetData>";
        var part = Head + "<cols/>" + rows + "<tableParts count=\"1\"><tablePart r:id=\"rId4\"/></tableParts></worksheet>";

        var written = await RewriteAsync(part);

        Assert.StartsWith(Head + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><cols/>" + rows + "<pageMargins ", written, StringComparison.Ordinal);
        Assert.Contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" pageOrder=\"overThenDown\" fitToWidth=\"2\" fitToHeight=\"0\"/>", written, StringComparison.Ordinal);
        Assert.EndsWith("</headerFooter><tableParts count=\"1\"><tablePart r:id=\"rId4\"/></tableParts></worksheet>", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartWithPageSettingsAlready_IsRefused_RatherThanGivenTwo()
    {
        var part = Head + "<sheetData/><pageMargins left=\"1\"/></worksheet>";

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => RewriteAsync(part.Replace("<sheetData/>", "<sheetData></sheetData>", StringComparison.Ordinal)));

        Assert.Contains("already has page settings", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RewriteAsync(string part)
    {
        using var to = new MemoryStream();
        await WorksheetPrintSettings.RewriteAsync(new MemoryStream(Encoding.UTF8.GetBytes(part)), to, pagesWide: 2, CancellationToken.None);
        return Encoding.UTF8.GetString(to.ToArray());
    }

    [Theory]
    [InlineData(10, 10, 1)] // 10 columns of 10 characters: 750 px, one page at 100 %
    [InlineData(26, 18, 2)] // a data sheet: 3,406 px, two pages at 61 %
    [InlineData(30, 30, 4)] // 6,450 px: four pages at 65 %
    public void Sheets_SpreadOverAsFewPagesAsKeepThePrintLegible(int columns, double width, int pagesWide)
    {
        var print = SheetPrint.For(2, Enumerable.Repeat(width, columns));

        Assert.Equal(pagesWide, print.PagesWide);
        var pixels = columns * (width * 7 + 5);
        Assert.True(Math.Min(1, pagesWide * (11.69 - 0.8) * 96 / pixels) >= SheetPrint.MinimumScale);
    }
}
