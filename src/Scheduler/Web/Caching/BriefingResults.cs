using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Warehouse.Scheduler.Web.Api;

namespace Warehouse.Scheduler.Web.Caching;

/// <summary>
/// A served briefing as an HTTP answer: the archived file with its strong ETag, <c>Cache-Control: private, no-cache</c>
/// (a reader's copy, revalidated at each use: a load may publish new data at any time), the history number; ASP.NET
/// Core's file result answers <c>If-None-Match</c> with 304 and no body.
/// </summary>
internal static class BriefingResults
{
    public static IResult File(HttpContext context, ReportDownloads downloads, ServedBriefing served)
    {
        context.Response.Headers[RenderApi.ArchiveIdHeader] = served.Archived.ArchiveId.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(downloads.Open(served), served.Archived.ContentType, served.Archived.FileName, entityTag: new EntityTagHeaderValue(served.ETag));
    }
}
