using Warehouse.Core;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>Bad values are user errors that name the value and suggest close valid ones, raised before any byte is written.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class SelectionErrorTests(ExtractWarehouseFixture warehouse)
{
    [Fact]
    public async Task UnknownTerritory_NamesItAndSuggestsCloseCodes()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Territories = ["8A"] });

        Assert.Contains("'8A'", message, StringComparison.Ordinal);
        Assert.Contains("Did you mean R84 (Auvergne-Rhône-Alpes, région), 2A (Corse-du-Sud, département)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeOfBothARegionAndADepartement_IsRefusedAsAmbiguous_WithoutDepartements()
    {
        var message = await FailsAsync(Requests.FeesAra() with { WithDepartements = false });

        Assert.Contains("Auvergne-Rhône-Alpes", message, StringComparison.Ordinal);
        Assert.Contains("Vaucluse", message, StringComparison.Ordinal);
        Assert.Contains("R84", message, StringComparison.Ordinal);
        Assert.Contains("D84", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProfession_SuggestsTheNearestLabels()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Professions = ["Infirmier"] });

        Assert.Contains("'Infirmier'", message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'Infirmiers' (34)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearWithoutData_SuggestsTheNearestLoadedYears()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Years = [2015] });

        Assert.Contains("2015", message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 2019, 2020 or 2021?", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDataset_SuggestsTheNearestShortName()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Dataset = "honoraire" });

        Assert.Contains("Did you mean honoraires", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySelection_IsAUserError()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Professions = ["Ensemble des médecins"], IncludeAggregates = false });

        Assert.StartsWith("No rows match this selection", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalDataset_RefusesARegion()
    {
        var message = await FailsAsync(Requests.FeesAra() with { Dataset = "ages" });

        Assert.Contains("France only", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_NeedsATerritory()
    {
        var message = await FailsAsync(ExtractRequest.ForPack());

        Assert.Contains("territory", message, StringComparison.Ordinal);
    }

    private async Task<string> FailsAsync(ExtractRequest request)
    {
        using var output = new MemoryStream();
        var error = await Assert.ThrowsAsync<WarehouseException>(() => new ExtractService(warehouse.Engine).WriteAsync(request, output));
        Assert.True(error.IsUserError, error.Message);
        Assert.Equal(0, output.Length);
        return error.Message;
    }
}
