using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Extracts;

namespace Warehouse.Reports.Briefings;

/// <summary>
/// The Excel companion of a territory briefing: the numbers behind it, as a territory pack (every dataset, one sheet each)
/// for the territory, its région (not for a DROM, its own région) and France over every loaded year up to the briefing's
/// year: the years behind its trend charts. Before the data, the briefing as printed: its KPI tiles, its table by
/// profession and the series of its trend charts (<see cref="BriefingCompanionTables"/>).
/// </summary>
public static class BriefingCompanion
{
    public static async Task<ExtractRequest> TerritoryAsync(IWarehouseEngine engine, string territoryCode, int? year, CancellationToken cancellationToken = default) =>
        await TerritoryAsync(engine, await TerritoryBriefingBuilder.BuildAsync(engine, territoryCode, year, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>The companion of a briefing already built (its model holds the territory, the year and the loaded years up to it).</summary>
    public static async Task<ExtractRequest> TerritoryAsync(IWarehouseEngine engine, TerritoryBriefingModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(model);
        await using var connection = await engine.OpenAsync(cancellationToken);
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var territory = TerritoryParameter.Resolve(model.TerritoryCode, dimensions);
        var territories = new List<string> { ExtractCode(territory) };
        if (territory.IsDepartement && dimensions.Territories.Count(t => t.IsDepartement && t.ParentKey == territory.ParentKey) > 1)
        {
            territories.Add(ExtractCode(dimensions.Territories.First(t => t.Key == territory.ParentKey)));
        }
        if (!territory.IsCountry)
        {
            territories.Add("FR");
        }
        return new ExtractRequest(null, true, model.Years, territories,
            WithDepartements: false, [], WithSubProfessions: false, IncludeAggregates: true, ExtractFormat.Xlsx)
        {
            Printed = BriefingCompanionTables.Of(model),
        };
    }

    /// <summary>The extract's territory syntax, which keeps région and département codes apart with R and D.</summary>
    private static string ExtractCode(TerritoryMember territory) =>
        territory.IsCountry ? "FR" : territory.IsRegion ? "R" + territory.RegionCode : "D" + territory.DepartementCode;
}
