using System.Globalization;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Column widths (in characters of the default font) from the header and the first rows, computed here because
/// measuring rendered text (ClosedXML's AdjustToContents) needs libgdiplus. Long headers wrap instead of widening.
/// </summary>
internal static class ColumnWidths
{
    public const double Min = 8;
    public const double Max = 60;
    private const int HeaderShare = 24;
    private const double Padding = 2;

    /// <param name="columns">The dataset's columns.</param>
    /// <param name="sample">The first rows.</param>
    /// <param name="hints">The longest label a column can hold (by view column), for the rows after the sample.</param>
    public static double[] Compute(IReadOnlyList<ExtractColumn> columns, IReadOnlyList<object?[]> sample, IReadOnlyDictionary<string, int> hints)
    {
        var widths = new double[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var longest = Math.Max(Math.Min(columns[i].Header.Length, HeaderShare), hints.GetValueOrDefault(columns[i].Source));
            foreach (var row in sample)
            {
                longest = Math.Max(longest, DisplayLength(row[i], columns[i]));
            }
            widths[i] = Math.Clamp(longest + Padding, Min, Max);
        }
        return widths;
    }

    /// <summary>How many characters a value shows with the column's number format (thousands separators and decimals included).</summary>
    public static int DisplayLength(object? value, ExtractColumn column) => value switch
    {
        null => 0,
        string text => text.Length,
        long whole => Formatted(whole, column.ExcelFormat),
        double number => Formatted(number, column.ExcelFormat),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Length ?? 0,
    };

    private static int Formatted(double number, string? excelFormat) =>
        number.ToString(excelFormat is null or ExtractColumn.IdentifierFormat ? "0.##########" : excelFormat, CultureInfo.InvariantCulture).Length;
}
