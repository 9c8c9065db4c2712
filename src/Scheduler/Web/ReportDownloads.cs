using System.Diagnostics;
using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web;

/// <summary>Renders a briefing for the portal or the API and adds it to the report history under the name of who asked.</summary>
public sealed class ReportDownloads(ReportRenderer renderer, ReportArchive archive, ILogger<ReportDownloads> logger)
{
    public async Task<(RenderedFile File, ArchivedReport Archived)> RenderAsync(ReportOrder order, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var file = await renderer.RenderAsync(order, cancellationToken);
        var name = NameOf(user);
        var archived = await archive.AddAsync(file, name, cancellationToken: cancellationToken);
        WebLog.Rendered(logger, file.Title, order.Format, file.Content.Length, clock.ElapsedMilliseconds, name, archived.ArchiveId);
        return (file, archived);
    }

    public static string NameOf(ClaimsPrincipal user) => user?.Identity?.Name ?? "anonyme";
}
