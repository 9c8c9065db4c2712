namespace Warehouse.Reports.Extracts;

/// <summary>The file an extract is written as.</summary>
public enum ExtractFormat
{
    /// <summary>An Excel workbook: data sheet(s), "Dictionnaire", "À propos".</summary>
    Xlsx,

    /// <summary>CSV for French Excel (";", UTF-8 with BOM, decimal comma, CRLF); a territory pack is a zip of one CSV per dataset.</summary>
    Csv,
}
