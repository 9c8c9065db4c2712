using System.Buffers;
using System.Globalization;
using System.Text;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Streams one worksheet part, adding its page setup: <c>sheetPr/pageSetUpPr fitToPage</c> as the first child of
/// <c>worksheet</c>, then after <c>sheetData</c> the margins, the landscape <c>pageSetup</c> and a footer, where
/// the schema's element order puts them. The rows go through untouched; only the few bytes around them are parsed. The
/// markers are ASCII, so they are found in the UTF-8 bytes without decoding the rows.
/// </summary>
internal static class WorksheetPrintSettings
{
    private const int ChunkSize = 64 * 1024;

    private const string SheetProperties = "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";

    /// <summary>
    /// A4 (paperSize 9), landscape, <paramref name="pagesWide"/> pages wide, as many tall as needed (fitToHeight 0), across
    /// then down; the sheet name and "page n / N" below.
    /// </summary>
    private static string PageSettings(int pagesWide) =>
        "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>" +
        string.Create(CultureInfo.InvariantCulture, $"<pageSetup paperSize=\"9\" orientation=\"landscape\" pageOrder=\"overThenDown\" fitToWidth=\"{pagesWide}\" fitToHeight=\"0\"/>") +
        "<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P / &amp;N</oddFooter></headerFooter>";

    /// <summary>CT_Worksheet's elements that come after headerFooter, in schema order: the page settings go before the first present.</summary>
    private static readonly string[] After =
    [
        "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing",
        "<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts",
        "<extLst", "</worksheet>",
    ];

    private static ReadOnlySpan<byte> SheetDataEnd => "</sheetData>"u8;

    public static async Task RewriteAsync(Stream from, Stream to, int pagesWide, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var filled = await FillAsync(from, buffer, 0, cancellationToken);
            var headEnd = HeadEnd(buffer.AsSpan(0, filled));
            await to.WriteAsync(buffer.AsMemory(0, headEnd), cancellationToken);
            await to.WriteAsync(Encoding.UTF8.GetBytes(SheetProperties), cancellationToken);
            buffer.AsSpan(headEnd, filled - headEnd).CopyTo(buffer);
            filled -= headEnd;

            while (true)
            {
                var end = buffer.AsSpan(0, filled).IndexOf(SheetDataEnd);
                if (end >= 0)
                {
                    end += SheetDataEnd.Length;
                    await to.WriteAsync(buffer.AsMemory(0, end), cancellationToken);
                    await WriteTailAsync(buffer.AsMemory(end, filled - end), from, to, pagesWide, cancellationToken);
                    return;
                }
                // Keep the bytes that could be the start of a marker cut by the chunk boundary.
                var keep = Math.Min(filled, SheetDataEnd.Length - 1);
                await to.WriteAsync(buffer.AsMemory(0, filled - keep), cancellationToken);
                buffer.AsSpan(filled - keep, keep).CopyTo(buffer);
                var read = await FillAsync(from, buffer, keep, cancellationToken);
                if (read == keep)
                {
                    throw new InvalidDataException("A worksheet part has no </sheetData>.");
                }
                filled = read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the <c>worksheet</c> start tag ends, in the first chunk (it is the document's first element).</summary>
    private static int HeadEnd(ReadOnlySpan<byte> head)
    {
        var start = head.IndexOf("<worksheet"u8);
        var end = start < 0 ? -1 : head[start..].IndexOf((byte)'>');
        if (end < 0)
        {
            throw new InvalidDataException("A worksheet part does not start with its <worksheet> element.");
        }
        if (head.IndexOf("<sheetPr"u8) >= 0)
        {
            throw new InvalidDataException("The worksheet already has sheet properties: the print setup cannot add its own.");
        }
        return start + end + 1;
    }

    /// <summary>What follows the rows is a few elements (table parts, …): read whole, the page settings put in their place.</summary>
    private static async Task WriteTailAsync(ReadOnlyMemory<byte> start, Stream from, Stream to, int pagesWide, CancellationToken cancellationToken)
    {
        using var rest = new MemoryStream();
        await rest.WriteAsync(start, cancellationToken);
        await from.CopyToAsync(rest, cancellationToken);
        var tail = Encoding.UTF8.GetString(rest.GetBuffer(), 0, (int)rest.Length);
        if (tail.Contains("<pageMargins", StringComparison.Ordinal) || tail.Contains("<pageSetup", StringComparison.Ordinal) ||
            tail.Contains("<headerFooter", StringComparison.Ordinal) || tail.Contains("<printOptions", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The worksheet already has page settings: the print setup cannot add its own.");
        }
        var at = After.Select(marker => tail.IndexOf(marker, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (at < 0)
        {
            throw new InvalidDataException("A worksheet part does not end with </worksheet>.");
        }
        await to.WriteAsync(Encoding.UTF8.GetBytes(tail.Insert(at, PageSettings(pagesWide))), cancellationToken);
    }

    /// <summary>Reads until the buffer is full or the stream ends; returns the bytes now in the buffer.</summary>
    private static async Task<int> FillAsync(Stream from, byte[] buffer, int filled, CancellationToken cancellationToken)
    {
        while (filled < ChunkSize)
        {
            var read = await from.ReadAsync(buffer.AsMemory(filled, ChunkSize - filled), cancellationToken);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled;
    }
}
