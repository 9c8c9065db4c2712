using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;

namespace Warehouse.Scheduler.Web;

/// <summary>A territory as pickers offer it: the code a report takes (FR, R53, 35), its label and level.</summary>
public sealed record TerritoryChoice(string Code, string Label, string Level, string? RegionCode);

/// <summary>A profession as pickers offer it: the published label (what reports take), its short label and level.</summary>
public sealed record ProfessionChoice(int Key, string Label, string ShortLabel, string Level, bool IsAggregate);

/// <summary>What the forms offer: territories (France, régions, départements), professions and the loaded years.</summary>
public sealed record Pickers(IReadOnlyList<TerritoryChoice> Territories, IReadOnlyList<ProfessionChoice> Professions, IReadOnlyList<int> Years)
{
    public IEnumerable<TerritoryChoice> OfLevel(string level) => Territories.Where(t => t.Level == level);
}

/// <summary>Reads the picker data from the warehouse's dimensions (the same rows the report parameters resolve against).</summary>
public sealed class PickerReader(IWarehouseEngine engine)
{
    public async Task<Pickers> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        return From(await ReferenceDimensions.LoadAsync(connection, cancellationToken), await new ReportQueries(connection).LoadedYearsAsync());
    }

    /// <summary>The pickers of dimensions and years a page has already read.</summary>
    public static Pickers From(ReferenceDimensions dimensions, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var territories = dimensions.Territories
            .Where(t => t.IsCountry || t.IsRegion || t.IsDepartement)
            .Select(t => new TerritoryChoice(TerritoryParameter.Code(t), t.IsCountry ? "France" : t.Label, t.Level, t.IsDepartement ? t.RegionCode : null))
            .ToList();
        var professions = dimensions.Professions
            .Select(p => new ProfessionChoice(p.Key, p.Label, p.ShortLabel, p.Level, p.IsAggregate))
            .ToList();
        return new Pickers(territories, professions, years);
    }
}
