using System.Collections.Concurrent;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Reports.Data;

namespace Warehouse.Delivery.Reporting;

/// <summary>
/// A briefing exists once per data release (<see cref="CacheKeys"/>): the first request renders it and adds it to the report
/// history with its key; later requests with the same key get the archived file, without rendering. Requests for a key
/// being rendered wait for that render instead of starting their own. Used by the portal and API downloads and by the
/// warm-up after a load.
/// </summary>
public sealed class BriefingCache(ReportRenderer renderer, ReportArchive archive, IWarehouseEngine engine)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _rendering = new(StringComparer.Ordinal);

    /// <param name="order">The briefing.</param>
    /// <param name="renderedBy">Who asked, recorded in the history when this request renders.</param>
    /// <param name="renderSlot">Taken around a render only (the portal's bound on concurrent renders); null: none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<ServedBriefing> GetAsync(ReportOrder order, string renderedBy, Func<CancellationToken, Task<IDisposable>>? renderSlot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var key = CacheKeys.Briefing(order, await ReportQueries.DataVersionAsync(engine, cancellationToken));
        if (await archive.FindCachedAsync(key, cancellationToken) is { } cached)
        {
            return new ServedBriefing(cached, key, null);
        }
        var gate = _rendering.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await archive.FindCachedAsync(key, cancellationToken) is { } renderedMeanwhile)
            {
                return new ServedBriefing(renderedMeanwhile, key, null);
            }
            using var slot = renderSlot is null ? null : await renderSlot(cancellationToken);
            var file = await renderer.RenderAsync(order, cancellationToken);
            return new ServedBriefing(await archive.AddAsync(file, renderedBy, cacheKey: key, cancellationToken: cancellationToken), key, file);
        }
        finally
        {
            gate.Release();
            _rendering.TryRemove(new KeyValuePair<string, SemaphoreSlim>(key, gate));
        }
    }

    /// <summary>The archived file of a served briefing (found a moment ago: only an administrator's hand can have removed it since).</summary>
    public Stream Open(ServedBriefing briefing) =>
        archive.OpenFile((briefing ?? throw new ArgumentNullException(nameof(briefing))).Archived)
        ?? throw new WarehouseException($"The archived file of history #{briefing.Archived.ArchiveId} is missing from the archive folder.", isUserError: false);
}

/// <summary>A briefing as served: its history row (file name, type, size), its cache key (the ETag), and the file when this request rendered it.</summary>
public sealed record ServedBriefing(ArchivedReport Archived, string Key, RenderedFile? Rendered)
{
    public string ETag => CacheKeys.ETag(Key);
}
