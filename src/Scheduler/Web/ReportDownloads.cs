using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Reports.Data;
using Warehouse.Scheduler.Reporting;
using Warehouse.Scheduler.Web.Caching;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// Serves a briefing for the portal or the API. A briefing exists once per data release (<see cref="BriefingCacheKey"/>):
/// the first request renders it in one of the <see cref="RenderSlots"/> and adds it to the report history under the name of
/// who asked, with its key; later requests with the same key get the archived file, without rendering. Requests for a key
/// being rendered wait for that render instead of starting their own.
/// </summary>
public sealed class ReportDownloads
{
    private readonly ReportRenderer _renderer;
    private readonly ReportArchive _archive;
    private readonly IWarehouseEngine _engine;
    private readonly ILogger<ReportDownloads> _logger;
    private readonly RenderSlots _slots;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _rendering = new(StringComparer.Ordinal);
    private long _renders;

    public ReportDownloads(ReportRenderer renderer, ReportArchive archive, IWarehouseEngine engine, ILogger<ReportDownloads> logger, RenderSlots slots)
    {
        _renderer = renderer;
        _archive = archive;
        _engine = engine;
        _logger = logger;
        _slots = slots;
    }

    /// <summary>Briefings rendered by this instance since it started (cache misses).</summary>
    public long Renders => Interlocked.Read(ref _renders);

    /// <summary>The key of an order for the data as it is now: what the ETag of its file will be.</summary>
    public async Task<string> KeyAsync(ReportOrder order, CancellationToken cancellationToken)
    {
        await using var connection = await _engine.OpenAsync(cancellationToken);
        return BriefingCacheKey.Of(order, await new ReportQueries(connection).DataVersionAsync());
    }

    public async Task<ServedBriefing> GetAsync(ReportOrder order, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var key = await KeyAsync(order, cancellationToken);
        if (await _archive.FindCachedAsync(key, cancellationToken) is { } cached)
        {
            return new ServedBriefing(cached, key, Rendered: false);
        }
        var gate = _rendering.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await _archive.FindCachedAsync(key, cancellationToken) is { } renderedMeanwhile)
            {
                return new ServedBriefing(renderedMeanwhile, key, Rendered: false);
            }
            return new ServedBriefing(await RenderAsync(order, key, NameOf(user), cancellationToken), key, Rendered: true);
        }
        finally
        {
            gate.Release();
            _rendering.TryRemove(new KeyValuePair<string, SemaphoreSlim>(key, gate));
        }
    }

    /// <summary>The archived file of a served briefing (found a moment ago: only an administrator's hand can have removed it since).</summary>
    public Stream Open(ServedBriefing briefing) =>
        _archive.OpenFile((briefing ?? throw new ArgumentNullException(nameof(briefing))).Archived)
        ?? throw new WarehouseException($"The archived file of history #{briefing.Archived.ArchiveId} is missing from the archive folder.", isUserError: false);

    public static string NameOf(ClaimsPrincipal user) => user?.Identity?.Name ?? "anonyme";

    private async Task<ArchivedReport> RenderAsync(ReportOrder order, string key, string name, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using (await _slots.AcquireAsync(cancellationToken))
        {
            var file = await _renderer.RenderAsync(order, cancellationToken);
            Interlocked.Increment(ref _renders);
            var archived = await _archive.AddAsync(file, name, cacheKey: key, cancellationToken: cancellationToken);
            WebLog.Rendered(_logger, file.Title, order.Format, file.Content.Length, clock.ElapsedMilliseconds, name, archived.ArchiveId);
            return archived;
        }
    }
}

/// <summary>A briefing as served: its history row (file name, type, size), its cache key (the ETag), whether this request rendered it.</summary>
public sealed record ServedBriefing(ArchivedReport Archived, string Key, bool Rendered)
{
    public string ETag => BriefingCacheKey.ETag(Key);
}
