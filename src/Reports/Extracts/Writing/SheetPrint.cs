namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// How one sheet prints: the rows repeated at the top of every page, and how many landscape A4 pages its columns are
/// spread over. One page wide when that keeps the print at <see cref="MinimumScale"/> or more; wider sheets (a data sheet
/// has up to 30 columns) take as many pages across as that scale needs, printed across then down, so a row's continuation
/// follows it: squeezing 26 columns onto one page printed them at a quarter of their size, unreadable.
/// </summary>
internal sealed record SheetPrint(int TitleRows, int PagesWide)
{
    public const double MinimumScale = 0.6;

    /// <summary>Width of a landscape A4 page inside the margins of <see cref="WorksheetPrintSettings"/>, in Excel's 96-dpi pixels.</summary>
    private const double PrintableWidthPixels = (11.69 - 0.8) * 96;

    public static SheetPrint For(int titleRows, IEnumerable<double> columnWidths)
    {
        // Excel's column width is in characters of the default font (7 px wide) plus 5 px of cell padding.
        var pixels = columnWidths.Sum(w => w * 7 + 5);
        var pagesWide = Math.Max(1, (int)Math.Ceiling(pixels * MinimumScale / PrintableWidthPixels));
        return new SheetPrint(Math.Max(titleRows, 0), pagesWide);
    }
}
