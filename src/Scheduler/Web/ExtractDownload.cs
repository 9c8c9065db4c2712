using System.Diagnostics;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Data;
using Warehouse.Reports.Extracts;

namespace Warehouse.Scheduler.Web;

/// <summary>An extract's parameters as the API query string and the portal form send them (names of the catalogue).</summary>
public sealed record ExtractForm(
    string? Dataset, string? Years, string? Territory, string? Profession, string? Format,
    bool WithDepartements = false, bool WithSubProfessions = false, bool NoAggregates = false)
{
    /// <summary>What makes two extracts the same, for their cache key (<see cref="CacheKeys"/>).</summary>
    public IEnumerable<(string Name, string? Value)> KeyParts() =>
    [
        ("dataset", Dataset), ("years", Years), ("territory", Territory), ("profession", Profession), ("format", Format ?? "xlsx"),
        ("with-departements", WithDepartements ? "1" : "0"), ("with-sub-professions", WithSubProfessions ? "1" : "0"), ("no-aggregates", NoAggregates ? "1" : "0"),
    ];

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
/// dataset name and today's date, never of user text. Its weak ETag is the key of its filters and the data version
/// (<see cref="CacheKeys"/>): the rows are the same until a load publishes, so If-None-Match answers 304 without a query,
/// and an extract asked for again is streamed from the <see cref="ExtractCache"/>.
/// </summary>
internal static class ExtractDownload
{
    public static async Task WriteAsync(HttpContext context, ExtractForm query, CancellationToken cancellationToken)
    {
        var request = query.ToRequest();
        var clock = Stopwatch.StartNew();
        var name = FileNameOf(request);
        var response = context.Response;
        var engine = context.RequestServices.GetRequiredService<IWarehouseEngine>();
        var key = CacheKeys.Of("extract", query.KeyParts(), await ReportQueries.DataVersionAsync(engine, cancellationToken));
        var etag = CacheKeys.ETag(key, weak: true);
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.ETag = etag;
        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = ExtractParameters.ContentType(request.Format, request.Pack);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Warehouse.Web");
        var user = ReportDownloads.NameOf(context.User);
        var cache = context.RequestServices.GetRequiredService<ExtractCache>();
        var extension = ExtractParameters.FileExtension(request.Format, request.Pack);
        await using (var kept = cache.Open(key, extension))
        {
            if (kept is not null)
            {
                response.Headers[CacheHeader] = "hit";
                response.ContentLength = kept.Length;
                await kept.CopyToAsync(response.Body, cancellationToken);
                WebLog.ExtractServed(logger, name, kept.Length, clock.ElapsedMilliseconds, user);
                return;
            }
        }
        response.Headers[CacheHeader] = "miss";
        // Read from the warehouse while written: the slot lasts the transfer, which Kestrel's minimum data rate bounds.
        using var slot = await context.RequestServices.GetRequiredService<RenderSlots>().AcquireAsync(cancellationToken);
        var pending = cache.CreatePending();
        try
        {
            var tee = new TeeStream(response.Body, pending, ExtractCache.MaxFileBytes);
            var result = await new ExtractService(engine).WriteAsync(request, tee, cancellationToken);
            if (tee.Overflowed)
            {
                await ExtractCache.DiscardAsync(pending);
            }
            else
            {
                await cache.KeepAsync(pending, key, extension);
            }
            WebLog.Extracted(logger, name, result.RowCount, clock.ElapsedMilliseconds, user);
        }
        catch
        {
            await ExtractCache.DiscardAsync(pending);
            throw;
        }
    }

    /// <summary>"hit" when the extract came from the <see cref="ExtractCache"/>, "miss" when it was read from the facts.</summary>
    public const string CacheHeader = "X-Cache";

    /// <summary>If-None-Match compares weakly (RFC 9110): W/"k" and "k" both match, as does *.</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        var ours = EntityTagHeaderValue.Parse(etag);
        return request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    /// <summary>Undoes the download headers when the extract failed before its first byte, so a page or problem can answer instead.</summary>
    public static void Reset(HttpContext context)
    {
        context.Response.Headers.Remove(HeaderNames.ContentDisposition);
        context.Response.Headers.Remove(HeaderNames.ETag);
        context.Response.Headers.Remove(HeaderNames.CacheControl);
        context.Response.ContentType = null;
    }

    private static string FileNameOf(ExtractRequest request)
    {
        var dataset = request.Pack ? "territoire" : ExtractParameters.DatasetNames.FirstOrDefault(n => string.Equals(n, request.Dataset, StringComparison.OrdinalIgnoreCase)) ?? "donnees";
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"extraction-{dataset}-{day}{ExtractParameters.FileExtension(request.Format, request.Pack)}";
    }
}
