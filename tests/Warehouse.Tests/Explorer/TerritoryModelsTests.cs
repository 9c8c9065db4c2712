using Microsoft.Extensions.Caching.Memory;
using Warehouse.Scheduler.Web.Explorer;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Explorer;

/// <summary>The Territoire page's model is built once per territory, year and data release, then served from memory.</summary>
[Trait("Category", "database")]
public sealed class TerritoryModelsTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task TheSameTerritoryAndYear_IsBuiltOnce_AnotherYearIsItsOwn()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = TerritoryModels.Capacity });
        var models = new TerritoryModels(warehouse.Engine, cache);

        var first = await models.GetAsync("38", 2024, CancellationToken.None);
        var again = await models.GetAsync(" 38 ", 2024, CancellationToken.None);
        var earlier = await models.GetAsync("38", 2023, CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, earlier);
        Assert.Equal(2023, earlier.Year);
        Assert.Equal(2, cache.Count);
    }
}
