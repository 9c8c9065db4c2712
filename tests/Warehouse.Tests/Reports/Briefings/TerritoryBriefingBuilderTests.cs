using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Reports.Briefings;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Briefings;

[Trait("Category", "database")]
public sealed class TerritoryBriefingBuilderTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task Build_KpiDensities_EqualTheFacts_ForCorseDuSud()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", null);

        Assert.Equal("Corse-du-Sud", model.TerritoryLabel);
        Assert.Equal(2024, model.Year);
        var gp = model.Kpis[0];
        Assert.Equal(await DensityAsync(2, "94", "2A", 2024), gp.Value.Value);
        Assert.Equal(await DensityAsync(2, "94", "999", 2024), gp.Region.Value);
        Assert.Equal(await DensityAsync(2, "99", "999", 2024), gp.France.Value);
    }

    [Fact]
    public async Task Build_Map_CoversTheDepartementsOfTheRegion_WithTheTerritoryHighlighted()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", 2024);

        Assert.Equal(["2A", "2B"], model.Map.Values.Select(v => v.DepartementCode).Order(StringComparer.Ordinal));
        Assert.Equal("2A", model.Map.Highlight);
        Assert.All(model.Map.Values, v => Assert.True(v.Value.HasValue));
    }

    [Fact]
    public async Task Build_MapShadedByAChosenProfession_UsesItsDensities()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", 2024, "Infirmiers");

        Assert.StartsWith("Infirmiers pour 100 000 habitants", model.Map.Title, StringComparison.Ordinal);
        Assert.Equal(await DensityAsync(34, "94", "2B", 2024), model.Map.Values.Single(v => v.DepartementCode == "2B").Value.Value);
    }

    [Fact]
    public async Task Build_ForFrance_MapsAllDepartementsOfTheWarehouse_AndStampsSyntheticReleases()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "FR", null);

        Assert.Equal(101, model.Map.Values.Count);
        Assert.True(model.Stamp.IsSynthetic);
        Assert.Equal(7, model.Stamp.Releases.Count);
        Assert.Equal(Path.GetFileNameWithoutExtension(Warehouse.Core.Migrations.MigrationScripts.For(EngineKind.Sqlite)[^1].Name), model.Stamp.SchemaVersion);
    }

    [Fact]
    public async Task Build_UnknownTerritory_IsAUserErrorWithSuggestions()
    {
        var error = await Assert.ThrowsAsync<WarehouseException>(() => TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "Corse du Sud", null));

        Assert.True(error.IsUserError);
        Assert.Contains("Corse-du-Sud", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_UnloadedYear_IsAUserErrorNamingTheLoadedRange()
    {
        var error = await Assert.ThrowsAsync<WarehouseException>(() => TerritoryBriefingBuilder.BuildAsync(warehouse.Engine, "2A", 2009));

        Assert.True(error.IsUserError);
        Assert.Contains("2019–2024", error.Message, StringComparison.Ordinal);
    }

    private async Task<double?> DensityAsync(int profession, string region, string departement, int year)
    {
        await using var connection = await warehouse.Engine.OpenAsync();
        var value = await DbCommands.ScalarAsync(connection,
            """
            SELECT density FROM rpt_headcount_density
            WHERE profession_key = @p AND region_code = @r AND departement_code = @d AND year = @y AND age_band = 'Tout âge' AND sex = 'tout sexe'
            """, null, ("p", profession), ("r", region), ("d", departement), ("y", year));
        return value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }
}
