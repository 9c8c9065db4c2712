using Warehouse.Reports.Briefings;
using Warehouse.Reports.Data;
using Warehouse.Reports.Explorer;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Explorer;

/// <summary>The explorer's derived indicators equal the territory briefing's figures for the same territory, profession and year.</summary>
[Trait("Category", "database")]
public sealed class ExplorerBriefingParityTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Theory]
    [InlineData("38")]
    [InlineData("R53")]
    [InlineData("FR")]
    public async Task SharesAndDensities_EqualTheBriefingsTable(string code)
    {
        var briefing = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, code, null);
        await using var connection = await warehouse.Engine.OpenAsync();
        var context = await ExplorerContext.LoadAsync(connection, CancellationToken.None);
        var territory = Warehouse.Reports.Catalogue.TerritoryParameter.Resolve(code, context.Dimensions);
        var queries = new ExplorerQueries(connection);
        var compared = 0;
        foreach (var line in briefing.Professions.Where(l => l.Headcount.HasValue).Take(12))
        {
            async Task<Measure> Explorer(string id) => (await queries.ValuesAsync(ExplorerIndicators.Find(id), line.ProfessionKey, 0, briefing.Year, CancellationToken.None))
                .FirstOrDefault(v => v.TerritoryKey == territory.Key)?.Value ?? Measure.Missing;
            Assert.Equal(line.Headcount, await Explorer("effectif"));
            Assert.Equal(line.Density, await Explorer("densite"));
            AssertSame(line.Share60Plus, await Explorer("part-60-ans"));
            AssertSame(line.ShareWomen, await Explorer("part-femmes"));
            compared++;
        }
        Assert.True(compared > 0);
    }

    private static void AssertSame(Measure briefing, Measure explorer)
    {
        Assert.Equal(briefing.Status ?? "", explorer.Status ?? "");
        if (briefing.Value is { } b)
        {
            Assert.Equal(b, explorer.Value!.Value, 9);
        }
    }
}
