using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Reports.Briefings;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Briefings;

[Trait("Category", "database")]
public sealed class ProfessionBriefingBuilderTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    [Fact]
    public async Task Build_NationalHeadcountAndDensity_EqualTheFacts_ForInfirmiers()
    {
        var model = await ProfessionBriefingBuilder.BuildAsync(warehouse.Engine, "Infirmiers", 2024);

        Assert.Equal("Infirmiers", model.ProfessionLabel);
        Assert.Equal(await NationalAsync("headcount", 34, 2024), model.Kpis[0].Value.Value);
        Assert.Equal(await NationalAsync("density", 34, 2024), model.Kpis[1].Value.Value);
        Assert.Equal(model.NationalHeadcount.Values[^1], model.Kpis[0].Value.Value);
    }

    [Fact]
    public async Task Build_Rankings_AreSortedAndDrawnFromTheMappedDepartements()
    {
        var model = await ProfessionBriefingBuilder.BuildAsync(warehouse.Engine, "Infirmiers", null);

        Assert.Equal(101, model.Map.Values.Count);
        Assert.True(model.Map.WholeCountry);
        Assert.Equal(10, model.Highest.Count);
        Assert.Equal(model.Highest.Select(r => r.Value).OrderDescending(), model.Highest.Select(r => r.Value));
        Assert.True(model.Highest[0].Value >= model.Lowest[0].Value);
        Assert.All(model.Highest, r => Assert.Contains(model.Map.Values, v => v.DepartementCode == r.Code && v.Value.Value == r.Value));
    }

    [Fact]
    public async Task Build_Pyramid_HasElevenBandsAndSectorsFollowThePre2013Split()
    {
        var model = await ProfessionBriefingBuilder.BuildAsync(warehouse.Engine, "Ensemble des médecins", 2024);

        Assert.Equal(11, model.Pyramid.Count);
        Assert.All(model.Pyramid, bar => Assert.True(bar.Women.HasValue && bar.Men.HasValue));
        var latest = model.Sectors[^1].BySector;
        Assert.True(latest["Secteur 2 avec Optam"].HasValue);
        Assert.False(latest["Secteur 2 (avant 2013)"].HasValue);
    }

    [Fact]
    public async Task Build_UnknownProfession_SuggestsCloseLabels()
    {
        var error = await Assert.ThrowsAsync<WarehouseException>(() => ProfessionBriefingBuilder.BuildAsync(warehouse.Engine, "Infirmier", null));

        Assert.True(error.IsUserError);
        Assert.Contains("\"Infirmiers\"", error.Message, StringComparison.Ordinal);
    }

    private async Task<double?> NationalAsync(string measure, int profession, int year)
    {
        await using var connection = await warehouse.Engine.OpenAsync();
        var value = await DbCommands.ScalarAsync(connection,
            $"""
            SELECT {measure} FROM rpt_headcount_density
            WHERE profession_key = @p AND territory_level = 'country' AND year = @y AND age_band = 'Tout âge' AND sex = 'tout sexe'
            """, null, ("p", profession), ("y", year));
        return value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }
}
