using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>A value read from the warehouse as a cell: numbers with their format, text neutralised against formula injection.</summary>
internal static class XlsxCells
{
    public static Cell Of(object? value, StyleId? numberStyle) => value switch
    {
        null => new Cell((string?)null),
        string text => new Cell(CellText.Neutralise(text)),
        long whole => new Cell(whole, numberStyle),
        int whole => new Cell(whole, numberStyle),
        double number => new Cell(number, numberStyle),
        var other => new Cell(Convert.ToString(other, CultureInfo.InvariantCulture)),
    };
}
