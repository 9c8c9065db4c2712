using System.Diagnostics;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using Warehouse.Core.Engines;
using Warehouse.Reports.Extracts;

namespace Warehouse.Scheduler.Web;

/// <summary>An extract's parameters as the API query string and the portal form send them (names of the catalogue).</summary>
public sealed record ExtractForm(
    string? Dataset, string? Years, string? Territory, string? Profession, string? Format,
    bool WithDepartements = false, bool WithSubProfessions = false, bool NoAggregates = false)
{
    /// <summary>Parses the text forms; no dataset means the territory pack of every dataset.</summary>
    public ExtractRequest ToRequest() => new(
        string.IsNullOrWhiteSpace(Dataset) ? null : Dataset.Trim(),
        string.IsNullOrWhiteSpace(Dataset),
        ExtractParameters.ParseYears(Years),
        ExtractParameters.ParseList([Territory]),
        WithDepartements,
        ExtractParameters.ParseList([Profession]),
        WithSubProfessions,
        !NoAggregates,
        ExtractParameters.ParseFormat(string.IsNullOrWhiteSpace(Format) ? "xlsx" : Format));
}

/// <summary>
/// Streams an extract straight into the response body (never buffered: an extract can hold a million rows). Parameter
/// errors are raised before the first byte, so the caller can still answer 400. The file name is made of the catalogue's
/// dataset name and today's date, never of user text.
/// </summary>
internal static class ExtractDownload
{
    public static async Task WriteAsync(HttpContext context, ExtractForm query, CancellationToken cancellationToken)
    {
        var request = query.ToRequest();
        var clock = Stopwatch.StartNew();
        var name = FileNameOf(request);
        var response = context.Response;
        response.ContentType = ExtractParameters.ContentType(request.Format, request.Pack);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        var engine = context.RequestServices.GetRequiredService<IWarehouseEngine>();
        // Read from the warehouse while written: the slot lasts the transfer, which Kestrel's minimum data rate bounds.
        using var slot = await context.RequestServices.GetRequiredService<RenderSlots>().AcquireAsync(cancellationToken);
        var result = await new ExtractService(engine).WriteAsync(request, response.Body, cancellationToken);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Web");
        var user = ReportDownloads.NameOf(context.User);
        WebLog.Extracted(logger, name, result.RowCount, clock.ElapsedMilliseconds, user);
    }

    /// <summary>Undoes the download headers when the extract failed before its first byte, so a page or problem can answer instead.</summary>
    public static void Reset(HttpContext context)
    {
        context.Response.Headers.Remove(HeaderNames.ContentDisposition);
        context.Response.ContentType = null;
    }

    private static string FileNameOf(ExtractRequest request)
    {
        var dataset = request.Pack ? "territoire" : ExtractParameters.DatasetNames.FirstOrDefault(n => string.Equals(n, request.Dataset, StringComparison.OrdinalIgnoreCase)) ?? "donnees";
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"extraction-{dataset}-{day}{ExtractParameters.FileExtension(request.Format, request.Pack)}";
    }
}
