using System.Diagnostics;
using System.Security.Claims;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// Serves a briefing for the portal or the API from the <see cref="BriefingCache"/>: a render, when the key has none yet,
/// takes one of the <see cref="RenderSlots"/> and is recorded in the history under the name of who asked.
/// </summary>
public sealed class ReportDownloads(BriefingCache cache, ILogger<ReportDownloads> logger, RenderSlots slots)
{
    public async Task<ServedBriefing> GetAsync(ReportOrder order, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var name = NameOf(user);
        var served = await cache.GetAsync(order, name, async ct => await slots.AcquireAsync(ct), cancellationToken);
        if (served.Rendered is { } file)
        {
            WebLog.Rendered(logger, file.Title, order.Format, file.Content.Length, clock.ElapsedMilliseconds, name, served.Archived.ArchiveId);
        }
        return served;
    }

    public Stream Open(ServedBriefing briefing) => cache.Open(briefing);

    public static string NameOf(ClaimsPrincipal user) => user?.Identity?.Name ?? "anonyme";
}
