using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// The workbook's few styles. Number formats are Excel format codes, which are locale-independent: "#,##0.0" shows
/// "12 345,6" in a French Excel and "12,345.6" in an English one.
/// </summary>
internal sealed class XlsxStyles
{
    private readonly Spreadsheet _spreadsheet;
    private readonly Dictionary<string, StyleId> _numbers = new(StringComparer.Ordinal);

    public XlsxStyles(Spreadsheet spreadsheet)
    {
        _spreadsheet = spreadsheet;
        Header = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Alignment = { WrapText = true, Vertical = VerticalAlignment.Top },
        });
        Banner = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 12, Color = Color.FromArgb(0xC0, 0x00, 0x00) } });
        Key = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { Vertical = VerticalAlignment.Top } });
        Wrapped = spreadsheet.AddStyle(new Style { Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        Title = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
    }

    public StyleId Header { get; }

    public StyleId Banner { get; }

    public StyleId Key { get; }

    public StyleId Wrapped { get; }

    public StyleId Title { get; }

    /// <summary>The style of a number format code, created once.</summary>
    public StyleId Number(string format)
    {
        if (!_numbers.TryGetValue(format, out var style))
        {
            style = _spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(format) });
            _numbers[format] = style;
        }
        return style;
    }
}
