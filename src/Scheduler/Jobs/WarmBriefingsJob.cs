using Hangfire;
using Hangfire.States;
using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Scheduler.Jobs;

/// <summary>
/// warm-briefings: after a load that published, puts the briefings most likely asked for (France, the 18 régions, the
/// 101 départements, the 38 professions, latest year, PDF) in the cache, so the first reader after a load waits no
/// longer than the others. One job per briefing in the <see cref="Queue"/> queue, which a Hangfire server of its own
/// works with <c>Warehouse:Jobs:WarmWorkers</c> workers (default 1): the warm-up never takes a worker from loads and
/// deliveries, its progress is that queue in the dashboard, and a restart mid-way goes on with the jobs still enqueued
/// (a briefing already cached costs one query).
/// </summary>
public sealed partial class WarmBriefingsJob(IWarehouseEngine engine, IBackgroundJobClient jobs, BriefingCache cache, ILogger<WarmBriefingsJob> logger)
{
    public const string Queue = "warm";
    public const string RecurringJobId = "warm-briefings";

    /// <summary>The history's "rendered by" of the warm-up's files.</summary>
    public const string RenderedBy = "warm-up";

    [JobDisplayName("Warm the briefings ({0})")]
    public async Task<string> EnqueueAllAsync(string reason, CancellationToken cancellationToken)
    {
        var orders = await OrdersAsync(cancellationToken);
        foreach (var (report, parameter, value) in orders)
        {
            jobs.Create<WarmBriefingsJob>(job => job.WarmAsync(report, parameter, value, CancellationToken.None), new EnqueuedState(Queue));
        }
        var summary = $"{orders.Count} briefings enqueued in the {Queue} queue ({reason}).";
        Enqueued(logger, summary);
        return summary;
    }

    [JobDisplayName("Warm {0} {2}")]
    [Queue(Queue)]
    public async Task<string> WarmAsync(string report, string parameter, string value, CancellationToken cancellationToken)
    {
        try
        {
            var order = ReportOrder.Create(report, new Dictionary<string, string?> { [parameter] = value }, "pdf");
            var served = await cache.GetAsync(order, RenderedBy, renderSlot: null, cancellationToken);
            return served.Rendered is null ? $"already cached, history #{served.Archived.ArchiveId}" : $"rendered, history #{served.Archived.ArchiveId}";
        }
        catch (WarehouseException e) when (e.IsUserError)
        {
            // A territory or profession the data does not cover: nothing to warm, nothing to retry.
            return "skipped: " + e.Message;
        }
    }

    private async Task<List<(string Report, string Parameter, string Value)>> OrdersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var territories = dimensions.Territories
            .Where(t => t.IsCountry || t.IsRegion || t.IsDepartement)
            .OrderBy(t => t.IsCountry ? 0 : t.IsRegion ? 1 : 2).ThenBy(t => t.RegionCode, StringComparer.Ordinal).ThenBy(t => t.DepartementCode, StringComparer.Ordinal)
            .Select(t => (ReportOrder.Territory, "code", t.IsCountry ? "FR" : t.IsRegion ? "R" + t.RegionCode : t.DepartementCode));
        var professions = dimensions.Professions.OrderBy(p => p.Key).Select(p => (ReportOrder.Profession, "profession", p.Label));
        return [.. territories, .. professions];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private static partial void Enqueued(ILogger logger, string summary);
}
