using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Gives the sheets of a finished workbook a print setup, which SpreadCheetah cannot write: landscape, as few pages wide as
/// keep the print legible (<see cref="SheetPrint"/>), as many tall as the rows need, the sheet's header rows repeated at the
/// top of every page, the sheet name and page number in the footer. A second pass that copies the zip entry by entry, streaming each sheet (<see cref="WorksheetPrintSettings"/>):
/// memory stays flat whatever the row count.
/// </summary>
internal static partial class XlsxPrintSetup
{
    /// <param name="workbook">The workbook SpreadCheetah wrote, seekable.</param>
    /// <param name="output">Where the workbook with its print setup goes; written forward only, asynchronously.</param>
    /// <param name="prints">For each sheet in workbook order, its rows repeated on every printed page and its width in pages.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public static async Task CopyAsync(Stream workbook, Stream output, IReadOnlyList<SheetPrint> prints, CancellationToken cancellationToken)
    {
        await using var source = await ZipArchive.CreateAsync(workbook, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await using var target = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = entry.LastWriteTime;
            await using var from = await entry.OpenAsync(cancellationToken);
            await using var to = await copy.OpenAsync(cancellationToken);
            if (entry.FullName == "xl/workbook.xml")
            {
                await WorkbookPrintTitles.RewriteAsync(from, to, [.. prints.Select(p => p.TitleRows)], cancellationToken);
            }
            else if (SheetPart().Match(entry.FullName) is { Success: true } sheet)
            {
                var index = int.Parse(sheet.Groups[1].ValueSpan, CultureInfo.InvariantCulture) - 1;
                await WorksheetPrintSettings.RewriteAsync(from, to, index < prints.Count ? prints[index].PagesWide : 1, cancellationToken);
            }
            else
            {
                await from.CopyToAsync(to, cancellationToken);
            }
        }
    }

    [GeneratedRegex(@"^xl/worksheets/sheet([0-9]+)\.xml$", RegexOptions.CultureInvariant)]
    private static partial Regex SheetPart();
}
