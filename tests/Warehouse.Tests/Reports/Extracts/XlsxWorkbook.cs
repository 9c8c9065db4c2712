using ClosedXML.Excel;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>Reads an extract back with ClosedXML 0.95.4 (which runs on DocumentFormat.OpenXml 2.x).</summary>
internal static class XlsxWorkbook
{
    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes, writable: false));

    /// <summary>The row of column headers: the first row whose first cell says "Année" (or "Colonne" on the dictionary).</summary>
    public static int HeaderRow(IXLWorksheet sheet, string firstHeader = "Année") =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == firstHeader).RowNumber();

    public static List<string> Headers(IXLWorksheet sheet, int headerRow) =>
        sheet.Row(headerRow).CellsUsed().Select(c => c.GetString()).ToList();

    /// <summary>Column number of a header.</summary>
    public static int Column(IXLWorksheet sheet, int headerRow, string header) =>
        sheet.Row(headerRow).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    /// <summary>The value beside a label in column A of the "À propos" sheet (first match).</summary>
    public static string About(IXLWorksheet about, string label) =>
        about.RowsUsed().First(r => r.Cell(1).GetString() == label).Cell(2).GetString();
}
