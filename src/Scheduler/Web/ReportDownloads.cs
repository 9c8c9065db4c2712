using System.Diagnostics;
using System.Security.Claims;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// Renders a briefing for the portal or the API and adds it to the report history under the name of who asked, in one of the
/// <see cref="RenderSlots"/>; the slot is given back before the file is sent.
/// </summary>
public sealed class ReportDownloads
{
    private readonly ReportRenderer _renderer;
    private readonly ReportArchive _archive;
    private readonly ILogger<ReportDownloads> _logger;
    private readonly RenderSlots _slots;

    public ReportDownloads(ReportRenderer renderer, ReportArchive archive, ILogger<ReportDownloads> logger, RenderSlots slots)
    {
        _renderer = renderer;
        _archive = archive;
        _logger = logger;
        _slots = slots;
    }

    public async Task<(RenderedFile File, ArchivedReport Archived)> RenderAsync(ReportOrder order, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        RenderedFile file;
        ArchivedReport archived;
        var name = NameOf(user);
        using (await _slots.AcquireAsync(cancellationToken))
        {
            file = await _renderer.RenderAsync(order, cancellationToken);
            archived = await _archive.AddAsync(file, name, cancellationToken: cancellationToken);
        }
        WebLog.Rendered(_logger, file.Title, order.Format, file.Content.Length, clock.ElapsedMilliseconds, name, archived.ArchiveId);
        return (file, archived);
    }

    public static string NameOf(ClaimsPrincipal user) => user?.Identity?.Name ?? "anonyme";
}
