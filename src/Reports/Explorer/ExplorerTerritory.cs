using Warehouse.Core.Dimensions;
using Warehouse.Reports.Catalogue;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>A territory with its value and rank (1 = highest among the territories of its level with a value; none without a value).</summary>
public sealed record RankedTerritory(TerritoryMember Territory, Measure Value, int? Rank)
{
    /// <summary>The code the explorer's URLs use: FR, R84, 2A.</summary>
    public string Code => TerritoryParameter.Code(Territory);

    /// <summary>The shape of the map: the département code, or the région code.</summary>
    public string ShapeCode => Territory.IsRegion ? Territory.RegionCode : Territory.DepartementCode;

    public string Label => Territory.IsCountry ? "France" : Territory.Label;
}

/// <summary>The grains the explorer shows: the 18 régions or the 101 départements.</summary>
public static class ExplorerLevels
{
    public const string Regions = "regions";
    public const string Departements = "departements";

    /// <summary>The dimension's level of a URL level ("regions" → "region"); départements by default.</summary>
    public static string DimensionLevel(string? level) => string.Equals(level, Regions, StringComparison.OrdinalIgnoreCase) ? "region" : "departement";

    public static string Normalise(string? level) => DimensionLevel(level) == "region" ? Regions : Departements;
}
