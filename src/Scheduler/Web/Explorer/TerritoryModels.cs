using Microsoft.Extensions.Caching.Memory;
using Warehouse.Core.Engines;
using Warehouse.Reports.Briefings;
using Warehouse.Reports.Data;

namespace Warehouse.Scheduler.Web.Explorer;

/// <summary>
/// The territory briefing's model for the explorer's Territoire page and its downloads, built once per data release (the
/// key holds the data version, as the briefing files' do) and kept in memory: building it is a dozen queries, serving it
/// again one small query. At most <see cref="Capacity"/> models are kept, each for an hour after it was last served.
/// </summary>
public sealed class TerritoryModels(IWarehouseEngine engine, IMemoryCache cache)
{
    public const int Capacity = 256;

    public async Task<TerritoryBriefingModel> GetAsync(string code, int? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = (nameof(TerritoryModels), code.Trim().ToUpperInvariant(), year, await ReportQueries.DataVersionAsync(engine, cancellationToken));
        if (cache.TryGetValue(key, out TerritoryBriefingModel? kept) && kept is not null)
        {
            return kept;
        }
        var model = await TerritoryBriefingBuilder.BuildAsync(engine, code, year, cancellationToken: cancellationToken);
        cache.Set(key, model, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return model;
    }
}
