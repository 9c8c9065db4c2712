using Warehouse.Reports.Briefings;

namespace Warehouse.Tests.Reports.Briefings;

[Trait("Category", "database")]
public sealed class BriefingCompanionTests(TrimmedWarehouses warehouses) : IClassFixture<TrimmedWarehouses>
{
    [Fact]
    public async Task Companion_HoldsTheYearsBehindTheTrendCharts_NotOnlyFiveYears()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.LongHistory, "2A", 2024);
        var request = await BriefingCompanion.TerritoryAsync(warehouses.LongHistory, "2A", 2024);

        Assert.Equal([2012, 2019, 2020, 2021, 2022, 2023, 2024], model.Years);
        Assert.Equal(model.Years, request.Years);
        Assert.Equal(2019, model.ChangeBaseYear); // the changes still look five years back at most
    }

    [Fact]
    public async Task Companion_OfADrom_HasNoRegionBesideIt()
    {
        var request = await BriefingCompanion.TerritoryAsync(warehouses.Full, "973", 2024);

        Assert.Equal(["D973", "FR"], request.Territories);
    }
}
